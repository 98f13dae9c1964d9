namespace Jixiao.Budget;

/// <summary>The items of the “三公”经费.</summary>
public enum ThreePublicKind
{
    /// <summary>教学科研人员因公出国（境）费.</summary>
    AbroadResearch,
    /// <summary>其他因公出国（境）费.</summary>
    AbroadOther,
    /// <summary>公务用车购置费.</summary>
    VehiclePurchase,
    /// <summary>公务用车运行维护费.</summary>
    VehicleOperation,
    /// <summary>公务接待费.</summary>
    Hospitality,
}
