using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Monitoring;

/// <summary>
/// Money of one source that moved in one period, in 元: 下达 (made available to the unit, 到位) and 实际支出 (spent).
/// Flows add up: the figures at a date are the sums of the periods ended by then.
/// </summary>
public sealed record FundsFlow(ExecutionPeriod Period, FundSource Source, Yuan Released, Yuan Spent);
