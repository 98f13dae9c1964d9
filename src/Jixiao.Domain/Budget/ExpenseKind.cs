namespace Jixiao.Budget;

/// <summary>The nature of an expense: 基本支出 (人员经费 / 公用经费), 项目支出, and the set-H extras.</summary>
public enum ExpenseKind
{
    /// <summary>基本支出 — 人员经费 (economic 301, 303).</summary>
    Personnel,
    /// <summary>基本支出 — 公用经费 (economic 302, 310 …).</summary>
    Operating,
    /// <summary>项目支出.</summary>
    Project,
    /// <summary>经营支出 (set H).</summary>
    Business,
    /// <summary>上解上级支出 (set H).</summary>
    RemitToSuperior,
    /// <summary>对附属单位补助支出 (set H).</summary>
    SubsidyToSubordinate,
}
