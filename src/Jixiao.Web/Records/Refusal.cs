namespace Jixiao.Web.Records;

/// <summary>
/// A change the system refuses, said in Chinese for the person who asked: a conflict with another person's save or a
/// state that does not allow it (409), input that is not valid (422), a record not found in scope (404).
/// </summary>
public sealed class Refusal(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>Each problem with its place (a workbook's sheet, row and column), when there are several to show as a list.</summary>
    public IReadOnlyList<(string Place, string Message)> Details { get; init; } = [];

    public static Refusal Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static Refusal Invalid(string message) => new(StatusCodes.Status422UnprocessableEntity, message);

    public static Refusal NotFound() => new(StatusCodes.Status404NotFound, "记录不存在或不在您的权限范围内");
}
