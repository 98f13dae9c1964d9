namespace Jixiao.Budget;

/// <summary>政府采购 categories.</summary>
public enum ProcurementCategory
{
    /// <summary>货物.</summary>
    Goods,
    /// <summary>工程.</summary>
    Works,
    /// <summary>服务.</summary>
    Services,
}
