namespace Jixiao.Documents.Sources.Xlsx;

/// <summary>What a number format shows: the value as General, a fixed number of decimals, a percent, a scientific figure, a date, or the text as stored.</summary>
internal enum NumberFormatKind { General, Number, Percent, Scientific, Date, Text }
