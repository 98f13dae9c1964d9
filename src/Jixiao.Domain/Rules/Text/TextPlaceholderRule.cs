using Jixiao.Disclosures;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-PH-01: template placeholders left in the published text — <c>XX</c>, <c>xx</c>, <c>××</c>, <c>某某</c>, <c>***</c>,
/// <c>【填写】</c> and the like — in the explanations, the table headers and the project names.
/// </summary>
public sealed class TextPlaceholderRule : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TXT-PH-01", Severity.Error, "公开文字中残留模板占位符", "预算公开文字规范");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        bool any = false, found = false;
        foreach (var (subject, location, text, line) in TextSources.Of(disclosure, projects: true))
        {
            any = true;
            foreach (var (start, printed) in TextPlaceholders.Find(text))
            {
                found = true;
                results.Add(new Finding(Info.Id, Info.Severity, subject, location,
                    $"“{TextExcerpt.Around(text, start, start + printed.Length)}”含模板占位符“{printed}”，应填写实际内容后再公开")
                {
                    Expected = "实际内容",
                    Actual = printed,
                    Line = line == 0 ? null : line,
                });
            }
        }
        if (any && !found) results.Pass(Info.Id);
    }
}
