using Jixiao.Documents.Targets.Rendering;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>The forms of the two seeds, read as published and written once as XLSX and HTML for the tests to read back.</summary>
internal static class RenderedSeeds
{
    public static readonly Lazy<IReadOnlyList<TargetForm>> XinzhouForms = new(() => DocumentLoader.Load(SeedFiles.Path(SeedFiles.Xinzhou)).TargetForms);
    public static readonly Lazy<IReadOnlyList<TargetForm>> XinglongForms = new(() => DocumentLoader.Load(SeedFiles.Path(SeedFiles.Xinglong)).TargetForms);

    public static readonly Lazy<XlsxSheets> XinzhouXlsx = new(() => Written(XinzhouForms.Value));
    public static readonly Lazy<XlsxSheets> XinglongXlsx = new(() => Written(XinglongForms.Value));

    public static readonly Lazy<string> XinzhouHtml = new(() => TargetFormHtmlWriter.ToHtml(XinzhouForms.Value));
    public static readonly Lazy<string> XinglongHtml = new(() => TargetFormHtmlWriter.ToHtml(XinglongForms.Value));

    public static XlsxSheets Written(IReadOnlyList<TargetForm> forms)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-forms-{Guid.NewGuid():N}.xlsx");
        try
        {
            TargetFormXlsxWriter.Write(forms, path);
            return new XlsxSheets(path);
        }
        finally { File.Delete(path); }
    }
}
