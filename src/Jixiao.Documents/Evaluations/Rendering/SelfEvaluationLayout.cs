namespace Jixiao.Documents.Evaluations.Rendering;

/// <summary>The printed form a self-evaluation is rendered in.</summary>
public enum SelfEvaluationLayout
{
    /// <summary>The Shanxi 财政支出项目绩效自评表 (投入 / 过程 / 产出 / 效果 score table), as the Jinzhong seed prints it.</summary>
    Shanxi,

    /// <summary>The national 项目支出绩效自评表 of 财预〔2020〕10号 (执行率 and the indicators scored).</summary>
    National,
}
