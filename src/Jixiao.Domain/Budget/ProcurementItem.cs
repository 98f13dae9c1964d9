using Jixiao.Money;

namespace Jixiao.Budget;

/// <summary>A government procurement item (政府采购预算), in 元.</summary>
public sealed record ProcurementItem(ProcurementCategory Category, string Name, FundingSource Source, Yuan Amount)
{
    public string? ProjectCode { get; init; }
    public decimal? Quantity { get; init; }
    public string? MeasureUnit { get; init; }
}
