using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules.Tables;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Rules.Documents;

/// <summary>
/// XT-11: each project with money in the project tables (set S 表12 本年预算, 表13 上年结转) has a performance target
/// table in the disclosure, found by its name, and the table's 年度资金 equals the project's 合计 — summed over the
/// project tables, since a project with this year's and carried-over money prints a row in each (元 → 万元).
/// Not applicable to a set without project tables (set H lists projects only through their forms: see XT-10).
/// </summary>
public sealed class ProjectsHaveForms : IDisclosureRule
{
    public static readonly RuleInfo Info = new("XT-11", Severity.Error, "有资金的项目都有绩效目标表，且金额一致", "tables.md 勾稽关系：表间");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    private sealed record ProjectRow(DisclosureTable Table, DisclosureRow Row, Figure Amount);

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var forms = disclosure.Projects.GroupBy(p => Names.Normalize(p.Name)).ToDictionary(g => g.Key, g => g.First());

        // The rows of each project (by normalised name), in document order.
        var projects = new Dictionary<string, List<ProjectRow>>();
        var order = new List<string>();
        foreach (var table in disclosure.Tables)
        foreach (var part in table.Parts)
        {
            if (part.Template.RowSource != RowSourceKind.Projects) continue;
            int col = part.Template.ColumnIndex("total");
            if (col < 0 || !part.ColumnPresent[col]) continue;
            foreach (var row in part.Rows)
            {
                if (row.Key == "total") continue;
                var amount = row.Values[col];
                if (amount is null) { results.Insufficient(Info.Id); continue; }
                if (amount.Value.Value == 0m) continue;
                var name = Names.Normalize(row.Label);
                if (!projects.TryGetValue(name, out var list))
                {
                    projects[name] = list = [];
                    order.Add(name);
                }
                list.Add(new ProjectRow(table, row, amount.Value));
            }
        }

        foreach (var name in order)
        {
            var rows = projects[name];
            var first = rows[0];
            var amount = FigureComparison.Sum(rows.Select(r => r.Amount));
            var where = $"行“{first.Row.Label}”";
            var subject = first.Table.Subject;
            var unit = first.Table.Unit;
            int line = first.Row.Line;
            string tables = rows.Count == 1 ? "" : $"（{string.Join(" + ", rows.Select(r => $"表{r.Table.Template.Number} {r.Amount.Format()}"))}）";
            if (!forms.TryGetValue(name, out var form))
            {
                results.Add(new Finding(Info.Id, Info.Severity, subject, where,
                    $"{subject}项目“{first.Row.Label}”（{amount.Format()}{unit}{tables}）没有绩效目标表")
                { Expected = "该项目的绩效目标表", Actual = "（无）", Line = line == 0 ? null : line });
                continue;
            }
            if (form.Amount is null) { results.Insufficient(Info.Id); continue; }
            FigureCheck.Compare(results, Info.Id, Info.Severity, subject, $"{where} ↔ 绩效目标表（第{form.Line}行）",
                $"项目“{first.Row.Label}”合计{tables}", amount, ProjectsAddUp.InUnit(form, unit), "绩效目标表资金", line);
        }
    }
}
