using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>Turns a read published disclosure into a budget (see Documents/Import).</summary>
internal static class Importer
{
    public static (UnitBudget Budget, IReadOnlyList<string> Notes) FromDisclosure(Disclosure disclosure, string path) =>
        throw new DocumentReadException(path, "从公开文本导入尚未接入");
}
