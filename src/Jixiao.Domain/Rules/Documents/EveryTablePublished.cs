using Jixiao.Disclosures;

namespace Jixiao.Rules.Documents;

/// <summary>
/// DOC-01: every table of the set is published, even when it has no data (空表列示, tables.md); and when the document
/// has a contents list (<see cref="Disclosure.ContentsEntries"/>), every table it lists is there and every table there
/// is listed.
/// </summary>
public sealed class EveryTablePublished : IDisclosureRule
{
    public static readonly RuleInfo Info = new("DOC-01", Severity.Warning, "表套中的每张表都应公开（无数据时空表列示），并与目录一致", "tables.md；财预〔2016〕143号");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var set = disclosure.Set;
        var listed = disclosure.ContentsEntries
            .Select(e => (Entry: e, Table: TableTitles.Match(set, e)))
            .Where(x => x.Table is not null)
            .ToList();
        bool hasContents = listed.Count > 0;
        foreach (var template in set.Tables)
        {
            var present = disclosure.Table(template.Id) is not null;
            var entry = listed.FirstOrDefault(x => x.Table!.Id == template.Id).Entry;
            var subject = $"表{template.Number} {template.Title}";
            if (!present && disclosure.UnreadPages.Count > 0)
            {
                // it may be on a page that could not be read
                results.ParseError(Info.Id);
                continue;
            }
            if (!present)
            {
                results.Add(new Finding(Info.Id, Info.Severity, subject, "全文",
                    entry is null
                        ? $"文件缺少{subject}（{set.Name}每张表都应公开，无数据时空表列示并注明“{template.EmptyNote}”）"
                        : $"目录列有“{entry}”，但正文中没有{subject}（无数据时应空表列示并注明“{template.EmptyNote}”）")
                { Expected = "公开该表", Actual = "缺少" });
                continue;
            }
            if (hasContents && entry is null)
            {
                var table = disclosure.Table(template.Id)!;
                results.Add(new Finding(Info.Id, Info.Severity, subject, "目录",
                    $"正文有{subject}（第{table.Line}行），但目录未列出该表")
                { Expected = "目录列出该表", Actual = "未列出", Line = table.Line == 0 ? null : table.Line });
                continue;
            }
            results.Pass(Info.Id);
        }
    }
}
