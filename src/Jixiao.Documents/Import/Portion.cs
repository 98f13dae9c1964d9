using Jixiao.Budget;

namespace Jixiao.Documents.Import;

/// <summary>Money of one functional 项 outside this year's 一般公共预算: its nature, source, whether carried over, in 分.</summary>
internal readonly record struct Portion(MoneyNature Nature, FundingSource Source, bool CarryOver, long Cents);
