namespace Jixiao.Documents.Tests.Sources;

/// <summary>Damaged workbooks, Word documents and pages: read, or refused with a DocumentReadException naming the file — never another exception.</summary>
public class HostileInputTests
{
    public static TheoryData<string> Sources => new() { ".xlsx", ".html", ".docx" };

    private static string Original(string extension) => extension switch
    {
        ".docx" => Docx(),
        _ => RoundTrip.Written("H", extension),
    };

    // A small Word document with a table, written here so that the test needs no LibreOffice.
    private static string Docx()
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "small.docx");
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var w = new DocumentFormat.OpenXml.Wordprocessing.Body(
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("单位预算支出总表"))),
            new DocumentFormat.OpenXml.Wordprocessing.Table(new DocumentFormat.OpenXml.Wordprocessing.TableRow(
                new DocumentFormat.OpenXml.Wordprocessing.TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("合计")))),
                new DocumentFormat.OpenXml.Wordprocessing.TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("1.00")))))));
        doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(w);
        return path;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Damaged_files_are_read_or_refused_with_a_read_exception(string extension)
    {
        var bytes = File.ReadAllBytes(Original(extension));
        var random = new Random(20211);
        var dir = WrittenSeed.NewFolder();
        for (int i = 0; i < 25; i++)
        {
            var damaged = (byte[])bytes.Clone();
            if (i % 3 == 0) damaged = damaged[..random.Next(1, damaged.Length)];
            else for (int k = 0; k < 1 + i; k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            var path = Path.Combine(dir, $"damaged-{i}{extension}");
            File.WriteAllBytes(path, damaged);
            try
            {
                DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);
            }
            catch (DocumentReadException e)
            {
                e.File.ShouldBe(path);
            }
        }
    }
}
