namespace Jixiao.Rules.Catalog;

/// <summary>Which classification a printed code belongs to.</summary>
public enum CodeKind
{
    /// <summary>支出功能分类科目 (2xx, 类 / 款 / 项).</summary>
    Functional,
    /// <summary>部门预算支出经济分类科目 (3xx).</summary>
    DepartmentalEconomic,
    /// <summary>政府预算支出经济分类科目 (5xx).</summary>
    GovernmentEconomic,
}
