namespace Jixiao.Documents.Xlsx.Input;

/// <summary>Collects the problems of one import, to throw them together at the end.</summary>
internal sealed class ImportErrors(string file)
{
    private readonly List<ImportError> _errors = [];

    public string File { get; } = file;

    public int Count => _errors.Count;

    public void Add(string sheet, int row, string column, string message) => _errors.Add(new ImportError(File, sheet, row, column, message));

    /// <summary>Throws a <see cref="WorkbookImportException"/> with every problem, in workbook order, if there is any.</summary>
    public void ThrowIfAny(IReadOnlyList<string> sheetOrder)
    {
        if (_errors.Count == 0) return;
        var ordered = _errors
            .Select((e, i) => (Error: e, Index: i))
            .OrderBy(x => SheetIndex(sheetOrder, x.Error.Sheet))
            .ThenBy(x => x.Error.Row)
            .ThenBy(x => x.Index)
            .Select(x => x.Error)
            .ToList();
        throw new WorkbookImportException(File, ordered);
    }

    private static int SheetIndex(IReadOnlyList<string> order, string sheet)
    {
        for (int i = 0; i < order.Count; i++) if (order[i] == sheet) return i;
        return order.Count;
    }
}
