namespace Jixiao.Tables;

/// <summary>A fixed row (an income source, a 三公 item, a footer): key, printed label, other labels, measure.</summary>
public sealed record RowTemplate(string Key, string Label, IReadOnlyList<string> Aliases, Measure Measure)
{
    /// <summary>Indent level when printed (0 = flush; 1 = “其中：”).</summary>
    public int Indent { get; init; }
}
