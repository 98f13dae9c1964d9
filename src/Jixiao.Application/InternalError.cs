namespace Jixiao.Application;

/// <summary>An unexpected exception — a bug, not a bad input — told in one Chinese line the user can report.</summary>
public static class InternalError
{
    /// <summary>
    /// <c>xxx.txt：内部错误（System.OverflowException）：…，请报告此问题</c>, with the file when one is known; never a .NET
    /// stack trace.
    /// </summary>
    public static string Describe(Exception e, string? file)
    {
        // A parallel loop wraps what failed; the first failure is the one to report.
        if (e is AggregateException a && a.Flatten().InnerExceptions is [var first, ..]) e = first;
        var message = string.Join(" ", e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{(file is null ? "" : file + "：")}内部错误（{e.GetType().FullName}）：{message}，请报告此问题";
    }
}
