namespace Jixiao.Rules.Text;

/// <summary>What a label in the explanations names.</summary>
public enum LabelTargetKind
{
    /// <summary>A named figure of the vocabulary (<c>income-total</c>, <c>personnel</c>, <c>sangong</c> …).</summary>
    Figure,
    /// <summary>One of the 30 expenditure 类 (社会保障和就业支出 → 208).</summary>
    Class,
    /// <summary>A departmental economic 类 / 款 (办公费 → 30201).</summary>
    Economic,
    /// <summary>A functional 类 / 款 / 项 (行政单位医疗 → 2101101).</summary>
    Functional,
    /// <summary>Known, but not compared with the tables (固定资产).</summary>
    Skip,
}
