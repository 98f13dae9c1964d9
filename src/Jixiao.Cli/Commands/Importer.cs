using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Documents.Import;

namespace Jixiao.Cli.Commands;

/// <summary>Turns a read published disclosure into a budget (Documents/Import), with the notes on what was inferred.</summary>
internal static class Importer
{
    public static (UnitBudget Budget, IReadOnlyList<string> Notes) FromDisclosure(Disclosure disclosure, string path)
    {
        try
        {
            var result = DisclosureImporter.Import(disclosure);
            return (result.Budget, result.Notes);
        }
        catch (ImportException e)
        {
            // The importer names the document itself; the file is named once.
            var reason = e.Message.StartsWith(e.Document + "：", StringComparison.Ordinal) ? e.Message[(e.Document.Length + 1)..] : e.Message;
            throw new DocumentReadException(path, reason, e);
        }
    }
}
