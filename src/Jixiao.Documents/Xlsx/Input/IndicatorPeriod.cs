namespace Jixiao.Documents.Xlsx.Input;

/// <summary>Which half of a target form an indicator row of the 绩效指标 sheet belongs to.</summary>
internal enum IndicatorPeriod
{
    /// <summary>实施期目标: the whole implementation period (the left half of a Shanxi 申报表).</summary>
    Implementation,
    /// <summary>年度目标: this fiscal year (the right half of a Shanxi 申报表; the only table of a Hebei 绩效目标表).</summary>
    Annual,
}
