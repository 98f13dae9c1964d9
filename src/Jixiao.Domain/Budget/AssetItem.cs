using Jixiao.Money;

namespace Jixiao.Budget;

/// <summary>State assets held (国有资产占有使用情况), at the end of last year, in 元.</summary>
public sealed record AssetItem(AssetKind Kind, decimal? Quantity, Yuan Value);
