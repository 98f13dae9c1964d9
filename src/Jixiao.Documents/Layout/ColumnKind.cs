namespace Jixiao.Documents.Layout;

/// <summary>What a printed column shows.</summary>
internal enum ColumnKind
{
    /// <summary>序号: the line number (栏次 in the column-index row).</summary>
    Index,
    /// <summary>科目编码 of a catalog part.</summary>
    Code,
    /// <summary>科目名称, or 项目 for a part with fixed rows.</summary>
    Label,
    /// <summary>政府预算支出经济科目名称: the government 款 a departmental economic row maps to (set S 表6).</summary>
    GovernmentLabel,
    /// <summary>A value column of the template (合计, 基本支出, …).</summary>
    Value,
}
