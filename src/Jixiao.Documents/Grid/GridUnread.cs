namespace Jixiao.Documents.Grid;

/// <summary>A part of the source that was not read: the page (1-based) it is, and why, in words.</summary>
public sealed record GridUnread(int Page, string Message);
