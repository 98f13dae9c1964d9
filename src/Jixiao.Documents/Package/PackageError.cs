namespace Jixiao.Documents.Package;

/// <summary>
/// One problem in a data package: the file, the JSON path of the value (<c>$.lines[12].amount</c>), what was expected
/// there and what was found (the JSON text of the value, or “（缺少）”).
/// </summary>
public sealed record PackageError(string File, string Path, string Expected, string Found)
{
    public string Message => $"{File}：{Path}：应为{Expected}，实为{Found}";

    public override string ToString() => Message;
}
