namespace Jixiao.Targets.Library;

/// <summary>
/// A project as one form in the library declares it: its name and code, its goal (the year's 总体目标, else the
/// implementation period's), the form's layout and year, and where the form came from (a file name, or null).
/// </summary>
public sealed record LibraryProject(int Index, string Name, string? Code, string? Goal, TargetFormLayout Layout, int? Year, string? Source);
