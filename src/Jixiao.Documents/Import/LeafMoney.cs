namespace Jixiao.Documents.Import;

/// <summary>
/// The money of one functional 项 (the finest code printed) as the tables give it: this year's 一般公共预算 from the
/// 一般公共预算支出表 (基本支出 split into 人员 / 公用 where the table prints it), and the rest by nature and source.
/// </summary>
internal sealed class LeafMoney(string code, string label)
{
    public string Code { get; } = code;

    /// <summary>The name as printed.</summary>
    public string Label { get; } = label;

    /// <summary>一般公共预算 人员经费, this year (0 when not split).</summary>
    public long Personnel { get; set; }

    /// <summary>一般公共预算 公用经费, this year (0 when not split).</summary>
    public long Operating { get; set; }

    /// <summary>一般公共预算 基本支出, this year.</summary>
    public long Basic { get; set; }

    /// <summary>一般公共预算 项目支出, this year.</summary>
    public long Project { get; set; }

    /// <summary>True when <see cref="Basic"/> is split into <see cref="Personnel"/> and <see cref="Operating"/>.</summary>
    public bool Split { get; set; }

    /// <summary>Money not in this year's 一般公共预算 (政府性基金, 国有资本经营, 财政专户, 单位资金, 上年结转 …).</summary>
    public List<Portion> Others { get; } = [];

    /// <summary>All project money of the 项, whatever its source.</summary>
    public long ProjectTotal => Project + Others.Where(p => p.Nature == MoneyNature.Project).Sum(p => p.Cents);

    public override string ToString() => $"{Code} {Label}";
}
