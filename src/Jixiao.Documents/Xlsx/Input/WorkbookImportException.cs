namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A budget workbook that could not be imported: every problem found, each with its file, sheet, row and column.
/// Thrown once, after the whole workbook has been checked; nothing is imported when it is thrown.
/// </summary>
public sealed class WorkbookImportException : Exception
{
    public WorkbookImportException(string file, IReadOnlyList<ImportError> errors, Exception? inner = null)
        : base(Compose(file, errors), inner)
    {
        if (errors.Count == 0) throw new ArgumentException("至少应有一处错误", nameof(errors));
        File = file;
        Errors = errors;
    }

    /// <summary>The file name of the workbook.</summary>
    public string File { get; }

    /// <summary>The problems, in workbook order (sheet, row, column).</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>A problem with the file as a whole (missing, unreadable, not an .xlsx workbook).</summary>
    internal static WorkbookImportException ForFile(string file, string message, Exception? inner = null) =>
        new(file, [new ImportError(file, "", 0, "", message)], inner);

    private static string Compose(string file, IReadOnlyList<ImportError> errors) =>
        errors.Count == 1
            ? $"{file}：无法导入：{errors[0].Describe()}"
            : $"{file}：发现 {errors.Count} 处错误，未导入：" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => e.Describe()));
}
