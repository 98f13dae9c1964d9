using Jixiao.Disclosures;
using Jixiao.Rules.Tables;

namespace Jixiao.Rules;

/// <summary>
/// Runs the rule catalog on a disclosure and reports findings and the outcome of every rule. Stateless and
/// thread-safe: a finance bureau checks a province's documents in parallel with one instance.
/// </summary>
public sealed class Checker
{
    private readonly IReadOnlyList<IDisclosureRule> _common;

    public Checker() : this(RuleCatalog.CommonRules()) { }

    public Checker(IReadOnlyList<IDisclosureRule> rules) => _common = rules;

    public DocumentReport Check(Disclosure disclosure)
    {
        var results = new RuleResults();
        var rules = new List<IDisclosureRule>(_common) { RuleCatalog.RelationsOf(disclosure.Set) };
        foreach (var f in disclosure.ReadFindings) results.Add(f);
        // A budget disclosure gets every rule; a document of target forms or self-evaluations the rules that concern them
        // (the others find nothing to check and say not_applicable).
        if (disclosure.Kind is DocumentKind.UnitBudget or DocumentKind.FinalAccounts or DocumentKind.PerformanceTargets or DocumentKind.SelfEvaluation)
        {
            disclosure.CheckScope = [];
            try
            {
                foreach (var rule in rules)
                {
                    if (!rule.Reads(disclosure.Kind)) continue;
                    try { rule.Check(disclosure, results); }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // one rule's defect must not lose the document's other outcomes, nor pass for a clean result
                        foreach (var info in rule.Rules)
                        {
                            results.ExecutionError(info.Id);
                            results.Add(new Finding(info.Id, Severity.Warning, "规则执行", info.Id,
                                $"规则 {info.Id} 执行出错（{e.GetType().Name}：{e.Message}），该规则未完成检查，请报告此问题"));
                        }
                    }
                }
            }
            finally
            {
                disclosure.CheckScope = null;
            }
        }

        var outcomes = new List<(RuleInfo, Outcome)>();
        foreach (var info in RuleCatalog.All(disclosure.Set))
            outcomes.Add((info, results.OutcomeOf(info.Id)));
        // a unit printed without a code is coded by its name (imports): named once
        var unit = disclosure.UnitCode is null || disclosure.UnitCode == disclosure.UnitName ? disclosure.UnitName : disclosure.UnitCode + disclosure.UnitName;
        var placed = disclosure.Positions is { } positions ? results.Findings.Select(f => Place(f, disclosure, positions)).ToList() : results.Findings.ToList();
        if (disclosure.Tables.Any(t => t.Uncertain)) Temper(placed, disclosure);
        var findings = FindingGroups.Group(placed);
        return new DocumentReport(disclosure.Source, disclosure.Kind, unit, disclosure.Year?.Value, findings, outcomes)
        {
            SelfEvaluations = disclosure.SelfEvaluations.ToArray(),
            Set = (disclosure.Set.Id, disclosure.Set.Digest),
        };
    }

    // A check that failed on a table whose columns were inferred from text positions may be a misread: a warning to verify.
    private static void Temper(List<Finding> findings, Disclosure d)
    {
        var uncertain = d.Tables.Where(t => t.Uncertain).Select(t => t.Template.Id).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Severity != Severity.Error || !f.Involves.Any(c => uncertain.Contains(c.Table))) continue;
            findings[i] = f with { Severity = Severity.Warning, Message = f.Message + "（该表无框线，列位置按文字位置推断，可能读错，请核对）" };
        }
    }

    // A finding on a line of a paged source (a PDF) is also on that line's page, and on the box of its cell when it
    // names one (else the line's box).
    private static Finding Place(Finding f, Disclosure d, IReadOnlyList<SourcePosition> positions)
    {
        if (f.Line is not int line || line < 1 || line > positions.Count || f.Page is not null) return f;
        var at = positions[line - 1];
        var box = at.Box;
        if (f.Cell is { } cell && d.Table(cell.Table)?.Part(cell.Part) is { } part && part.Row(cell.Row) is { Line: var rowLine } row && rowLine == line)
        {
            int column = part.Template.ColumnIndex(cell.Column);
            if (column >= 0 && column < row.SourceCells.Length && row.SourceCells[column] is int k && k >= 0 && k < at.CellBoxes.Count && at.CellBoxes[k] is { } cellBox)
                box = cellBox;
        }
        return f with { Page = at.Page, Box = box };
    }
}
