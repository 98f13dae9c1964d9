using Jixiao.Documents;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Checks one file of any kind: a published text is read and checked; a data package or workbook is rendered exactly
/// (元) in the chosen set and its tables checked together with the package rules (PKG-…).
/// </summary>
internal sealed class CheckService(TableSet setForBudgets)
{
    private readonly Checker _checker = new();
    private readonly PackageChecker _package = new();

    public DocumentReport Check(string path)
    {
        if (!DocumentLoader.IsBudget(path)) return _checker.Check(DocumentLoader.Load(path));
        var budget = DocumentLoader.LoadBudget(path);
        var disclosure = TableRenderer.Render(budget, setForBudgets, RenderPrecision.ExactYuan);
        var report = PackageChecker.Merge(_checker.Check(disclosure), _package.Check(budget));
        return report with { Source = path };
    }
}
