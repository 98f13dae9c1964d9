namespace Jixiao.Evaluations.Scoring;

/// <summary>A fixed item of a score template: 资金落实 / 资金到位率, 3 points, computed by <see cref="ScoreFormula.FundsInPlace"/>.</summary>
/// <param name="Group">The 二级 group (项目目标, 资金落实 …); empty when the template has none.</param>
public sealed record ScoreItemTemplate(string Group, string Name, decimal Points, ScoreFormula Formula)
{
    /// <summary>
    /// The item's key in inputs: <c>资金落实/资金到位率</c>. The group is part of it because a name can repeat
    /// (管理制度健全性 is under both 业务管理 and 财务管理 in the Shanxi table).
    /// </summary>
    public string Key => Group.Length == 0 ? Name : $"{Group}/{Name}";

    /// <summary>For <see cref="ScoreFormula.IndicatorGroup"/>: the 二级 indicators the item follows from.</summary>
    public IReadOnlyList<Targets.Level2Indicator> Level2 { get; init; } = [];
}
