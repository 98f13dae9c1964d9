using Jixiao.Disclosures;
using Jixiao.Rules.Evaluations;
using Jixiao.Rules.Targets;

namespace Jixiao.Rules;

/// <summary>
/// EVAL-FILL-01 and TGT-FILL-01: a published form left as the blank template, and a self-evaluation published without
/// its scores (<see cref="FormFill"/>). Said once per form, so that the reviewer reads “not filled in” rather than a
/// score of 0 or a list of missing indicators.
/// </summary>
public sealed class FormFillRules : IDisclosureRule
{
    public static readonly RuleInfo EvaluationFilled = new("EVAL-FILL-01", Severity.Warning, "绩效自评表已填写并评分（不是空白表样，得分栏不空）", "evaluation-domain.md 自评审核：评分");
    public static readonly RuleInfo TargetFormFilled = new("TGT-FILL-01", Severity.Warning, "绩效目标表已填写（资金、目标、指标值不是空白或模板提示）", "performance-targets-domain.md 审核要点：文字");

    public IReadOnlyList<RuleInfo> Rules { get; } = [EvaluationFilled, TargetFormFilled];

    public bool Reads(DocumentKind kind) => kind is DocumentKind.SelfEvaluation or DocumentKind.UnitBudget or DocumentKind.PerformanceTargets;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        if (disclosure.Kind == DocumentKind.SelfEvaluation) results.Touch(EvaluationFilled.Id);
        else results.Touch(TargetFormFilled.Id);
        foreach (var e in disclosure.SelfEvaluations)
        {
            string subject = FormFill.IsPrompt(e.ProjectName) ? $"绩效自评表“{e.Title ?? "（未填项目名称）"}”" : EvaluationScoreRules.Subject(e);
            if (FormFill.IsUnfilled(e))
                results.Add(new Finding(EvaluationFilled.Id, EvaluationFilled.Severity, subject, "全表",
                    "自评表未填写：资金、指标值、得分和评价等次都是空白或模板提示，未按 0 分计，各项核对缺少数据")
                { Expected = "填写完成的自评表", Actual = "空白表样" });
            else if (FormFill.IsUnscored(e))
                results.Add(new Finding(EvaluationFilled.Id, EvaluationFilled.Severity, subject, "评分",
                    $"自评表未评分：{e.Scores.Count + e.Indicators.Count(i => i.Points is > 0m)} 项有分值而得分栏和总分都空白，未按 0 分计，评分核对缺少数据")
                { Expected = "各项得分与总分", Actual = "（空白）" });
            else results.Pass(EvaluationFilled.Id);
        }
        foreach (var form in disclosure.TargetForms)
        {
            if (!FormFill.IsUnfilled(form)) { results.Pass(TargetFormFilled.Id); continue; }
            results.Add(new Finding(TargetFormFilled.Id, TargetFormFilled.Severity, TargetFormRules.Subject(form), "全表",
                "绩效目标表未填写：资金、绩效目标和指标值都是空白或模板提示，各项审核缺少数据")
            { Expected = "填写完成的绩效目标表", Actual = "空白表样", Line = form.PrintedLine });
        }
    }
}
