using System.Globalization;
using Jixiao.Budget;
using Jixiao.Targets;
using Jixiao.Text;

namespace Jixiao.Documents.Import;

/// <summary>
/// Puts the target forms a disclosure printed onto the projects of the imported budget, matched by 项目编码 or else by
/// name. The form's 年度资金总额 and the project's lines are one figure: where they agree to the 分 the declaration keeps
/// no total of its own; where they differ it keeps the printed one — a form printed in 元 is more exact than a table in
/// 万元 — and PKG-07 reports the gap (as an info when the tables' rounding explains it).
/// </summary>
internal static class FormAttachment
{
    public static Project[] Attach(IReadOnlyList<ProjectList.Entry> entries, IReadOnlyList<BudgetLine> lines, IReadOnlyList<TargetForm> forms,
        long precisionCents, List<string> notes)
    {
        var money = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var l in lines)
            if (l.ProjectCode is { } code) money[code] = money.GetValueOrDefault(code) + Cents.Of(l.Amount.Value, "元");

        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i].Code is { } c) byCode.TryAdd(c, i);
            byName.TryAdd(Names.Normalize(entries[i].Name), i);
        }

        var declared = new TargetDeclaration?[entries.Count];
        foreach (var form in forms)
        {
            var code = form.Project.Code.Trim();
            int i = code.Length > 0 && byCode.TryGetValue(code, out var k) ? k
                : byName.TryGetValue(Names.Normalize(form.Project.Name), out var n) ? n : -1;
            if (i < 0)
            {
                notes.Add($"绩效目标表“{form.Project.Name}”（第 {form.Line} 行）在预算中没有对应的项目，未导入。");
                continue;
            }
            if (declared[i] is not null)
            {
                notes.Add($"项目“{entries[i].Name}”有两张绩效目标表，只导入第一张（第 {form.Line} 行的未导入）。");
                continue;
            }
            declared[i] = OneFigure(form.Declaration, entries[i], money.GetValueOrDefault(entries[i].Code!), precisionCents, notes);
        }

        var projects = new Project[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            var d = declared[i];
            projects[i] = new Project(entries[i].Code!, entries[i].Name) { Targets = d, Purpose = d is null ? null : Purpose(d) };
        }
        return projects;
    }

    /// <summary>The 资金用途 sentence of a Hebei form, the project's <see cref="Project.Purpose"/>.</summary>
    private static string? Purpose(TargetDeclaration d)
    {
        foreach (var (heading, text) in d.Texts) if (heading == "资金用途" && text.Length > 0) return text;
        return null;
    }

    private static TargetDeclaration OneFigure(TargetDeclaration d, ProjectList.Entry project, long lineCents, long precisionCents, List<string> notes)
    {
        if (d.AnnualFunds.StatedTotal is not { } stated) return d;
        long printed = Cents.Of(stated.Value, "元");
        long rounded = (long)Math.Round(printed / (decimal)precisionCents, 0, MidpointRounding.AwayFromZero) * precisionCents;
        if (printed == lineCents) return d with { AnnualFunds = d.AnnualFunds with { StatedTotal = null } };
        notes.Add(rounded == lineCents
            ? $"项目“{project.Name}”绩效目标表的年度资金 {Yuan(printed)} 比预算表按万元列示的 {Yuan(lineCents)} 更精确，保留所印金额（见 PKG-07）。"
            : $"项目“{project.Name}”绩效目标表的年度资金 {Yuan(printed)} 与预算表中的 {Yuan(lineCents)} 不一致，保留所印金额（见 PKG-07）。");
        return d;
    }

    private static string Yuan(long cents) => (cents / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";
}
