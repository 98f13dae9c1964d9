namespace Jixiao.Documents.Xlsx.Input;

/// <summary>Where a code column's drop-down takes its values from.</summary>
internal enum CodeSource
{
    None,
    /// <summary>The 功能分类科目 column of the 科目 sheet.</summary>
    Functional,
    /// <summary>The 经济分类科目 column of the 科目 sheet.</summary>
    Economic,
    /// <summary>The 项目编码 column of the 项目 sheet.</summary>
    Project,
    /// <summary>The 项目编码 column of the 绩效目标 sheet: the projects that declare targets.</summary>
    DeclaredProject,
}
