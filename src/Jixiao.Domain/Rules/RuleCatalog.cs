using System.Runtime.CompilerServices;
using Jixiao.Rules.Budget;
using Jixiao.Rules.Tables;
using Jixiao.Tables;

namespace Jixiao.Rules;

/// <summary>
/// Every rule Jixiao applies to a disclosure, by stable id. The sum relations and cross-table equalities come from
/// the table sets' data (<c>Tables/Templates/*.json</c>); the others are classes, one per rule or family.
/// </summary>
public static class RuleCatalog
{
    // by the set itself, not its id: a user's set may carry a shipped set's id
    private static readonly ConditionalWeakTable<TableSet, CrossTableRules> Relations = new();

    private static readonly ConditionalWeakTable<TableSet, IReadOnlyList<RuleInfo>> AllBySet = new();

    /// <summary>The rules that do not depend on the set (sums, catalogs, text, documents); stateless, created once.</summary>
    public static IReadOnlyList<IDisclosureRule> CommonRules() => Common;

    private static readonly IReadOnlyList<IDisclosureRule> Common =
    [
        new TableSumRules(),
        new Catalog.CodesInCatalog(),
        new Catalog.NamesMatchCatalog(),
        new Catalog.CodesNamedConsistently(),
        new Documents.EveryTablePublished(),
        new Documents.EmptyTablesNoted(),
        new Documents.HeadersAgree(),
        new Documents.ProjectsAddUp(),
        new Documents.ProjectsHaveForms(),
        new Text.TextYearRule(),
        new Text.TextAmountRule(),
        new Text.TextSumRule(),
        new Text.TextDuplicateRule(),
        new Text.TextShareRules(),
        new Text.TextChangeRules(),
        new Text.TextPlaceholderRule(),
        new Text.TextReasonRule(),
        new Targets.TargetFormRules(),
        new Targets.TargetContentRules(),
        new Targets.TargetValuesReadable(),
        new Evaluations.EvaluationScoreRules(),
        new Evaluations.EvaluationProgressRules(),
        new Evaluations.EvaluationTextRules(),
        new FormFillRules(),
    ];

    /// <summary>The rules applied to a unit budget (a data package) itself, PKG-01 …, in id order.</summary>
    public static IReadOnlyList<IBudgetRule> PackageRules() =>
    [
        new CodesInCatalog(),
        new BasicLineHasEconomicCode(),
        new EconomicCodeFitsKind(),
        new ProjectListed(),
        new ThreePublicWithinEconomicLines(),
        new FunctionalCodeAtFinestLevel(),
        new ProjectsDeclared(),
        new ExecutionConsistent(),
    ];

    /// <summary>The cross-table relations of a set.</summary>
    public static IDisclosureRule RelationsOf(TableSet set) => Relations.GetValue(set, s => new CrossTableRules(s));

    /// <summary>The reader's own rules (unreadable cells, unclear columns, duplicate tables).</summary>
    public static IReadOnlyList<RuleInfo> ReaderRules { get; } =
    [
        new("RD-CELL-01", Severity.Warning, "表格单元格无法识别为数字", "读取"),
        new("RD-COL-01", Severity.Warning, "表格列数与表样不符", "读取"),
        new("RD-TBL-01", Severity.Warning, "同一张表出现两次", "读取"),
        new("RD-COL-02", Severity.Warning, "表头列名可对应表样的两列", "读取"),
        new("RD-PAGE-01", Severity.Warning, "页面未读取（扫描件或无法解析）", "读取"),
        new("RD-ENC-01", Severity.Warning, "文件中有无法按其编码读取的字节", "读取"),
        new("RD-ROW-01", Severity.Warning, "行标签可对应表样的两行", "读取"),
    ];

    /// <summary>A short hash of a rule list (ids, severities, titles): which catalog a report's outcomes come from.</summary>
    public static string Version(IEnumerable<RuleInfo> rules)
    {
        var text = string.Join("\n", rules.Select(r => $"{r.Id}|{r.Severity}|{r.Title}"));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>All rules that apply to a document of <paramref name="set"/>, in a stable order.</summary>
    public static IReadOnlyList<RuleInfo> All(TableSet set) => AllBySet.GetValue(set, Collect);

    private static IReadOnlyList<RuleInfo> Collect(TableSet set) =>
        CommonRules().SelectMany(r => r.Rules).Concat(RelationsOf(set).Rules).Concat(ReaderRules)
            .GroupBy(r => r.Id).Select(g => g.First()).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
}
