using Jixiao.Money;

namespace Jixiao.Budget;

/// <summary>An amount of “三公”经费 by item and funding source, in 元.</summary>
public sealed record ThreePublicItem(ThreePublicKind Kind, FundingSource Source, Yuan Amount);
