using Jixiao.Disclosures;
using Jixiao.Targets;

namespace Jixiao.Rules.Targets;

/// <summary>
/// TGT-VALUE-01: every 三级 indicator states a target value that can be read (performance-targets-domain.md, 指标值): a number with
/// its comparison and unit, a range, a deadline, a frequency or words. A value the parser cannot read (<c>≥</c>,
/// <c>%%</c>, a number beyond any amount) or a 三级 indicator printed without a value cannot be judged at year end.
/// </summary>
public sealed class TargetValuesReadable : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TGT-VALUE-01", Severity.Warning, "每个三级指标都填写了可识别的指标值", "performance-targets-domain.md 指标值");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public bool Reads(DocumentKind kind) => kind is DocumentKind.UnitBudget or DocumentKind.PerformanceTargets;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        foreach (var form in FormFill.Filled(disclosure.TargetForms, results, Rules))
        {
            string subject = TargetFormRules.Subject(form);
            if (form.Shape.HasImplementationPeriod) Check(results, subject, form, "实施期", form.Declaration.ImplementationIndicators);
            Check(results, subject, form, "年度", form.Declaration.AnnualIndicators);
        }
    }

    private static void Check(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators)
    {
        foreach (var i in indicators)
        {
            if (i.Target.Kind is not (TargetValueKind.Unreadable or TargetValueKind.Empty) || (i.Target.Kind == TargetValueKind.Empty && i.Name.Length == 0))
            {
                results.Pass(Info.Id);
                continue;
            }
            // words only for a finding
            string level2 = IndicatorFramework.Name(i.Level2);
            string name = i.Name.Length > 0 ? $"{level2}“{i.Name}”" : level2;
            switch (i.Target.Kind)
            {
                case TargetValueKind.Unreadable:
                    results.Add(new Finding(Info.Id, Info.Severity, subject, $"{half}{name}",
                        $"{half}{name}的指标值“{i.Target.Text}”无法识别（{i.Target.Reason}）；应写成数值（如 ≥95%、≤10万元）、区间、完成期限或文字表述")
                    { Expected = "可识别的指标值", Actual = i.Target.Text, Line = form.LineOf(i) });
                    break;
                case TargetValueKind.Empty when i.Name.Length > 0:
                    results.Add(new Finding(Info.Id, Info.Severity, subject, $"{half}{name}",
                        $"{half}{name}没有填写指标值")
                    { Expected = "指标值", Actual = "（空）", Line = form.LineOf(i) });
                    break;
                default:
                    results.Pass(Info.Id);
                    break;
            }
        }
    }
}
