using System.Globalization;
using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Documents.Tests.Xlsx;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Documents.Tests.Json;

public class DisclosureJsonWriterTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(WrittenSeed.JsonPath));

    private static JsonDocument Parse() => JsonDocument.Parse(Text.Value);

    private static JsonElement Table(JsonElement root, int number) =>
        root.GetProperty("tables").EnumerateArray().First(t => t.GetProperty("number").GetInt32() == number);

    /// <summary>The raw JSON number in table <paramref name="number"/> at row <paramref name="row"/> (code or label), 栏次 <paramref name="column"/>.</summary>
    private static string RawFigure(JsonElement root, int number, string row, int column)
    {
        var table = Table(root, number);
        int offset = 0;
        foreach (var part in table.GetProperty("parts").EnumerateArray())
        {
            var template = TableSets.Get("H").Table(table.GetProperty("id").GetString()!)!.Part(part.GetProperty("key").GetString()!)!;
            int labels = template.RowSource is RowSourceKind.Functional or RowSourceKind.Economic ? 2 : 1; // 科目编码 + 科目名称, or 项目
            int values = part.GetProperty("columns").GetArrayLength();
            int first = offset + labels + 1;
            if (column >= first && column < first + values)
            {
                var match = part.GetProperty("rows").EnumerateArray().First(r =>
                    r.GetProperty("label").GetString() == row || (r.GetProperty("code").ValueKind == JsonValueKind.String && r.GetProperty("code").GetString() == row));
                return match.GetProperty("values")[column - first].GetRawText();
            }
            offset += labels + values;
        }
        throw new InvalidOperationException($"表{number} has no 栏次 {column}");
    }

    public class TheWriteMethodOnTheXinglongSeed
    {
        [Fact]
        public void Writes_set_unit_year_and_amount_unit()
        {
            using var doc = Parse();
            var root = doc.RootElement;
            root.GetProperty("set").GetString().ShouldBe("H");
            root.GetProperty("unit").GetProperty("code").GetString().ShouldBe("362001");
            root.GetProperty("unit").GetProperty("name").GetString().ShouldBe("兴隆县医疗保障局本级");
            root.GetProperty("year").GetInt32().ShouldBe(2021);
            root.GetProperty("unitOfAmount").GetString().ShouldBe("万元");
            root.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ShouldBe(["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"]);
        }

        [Theory]
        [MemberData(nameof(WrittenSeed.PrintedFigures), MemberType = typeof(WrittenSeed))]
        public void Writes_the_printed_figures_as_numbers_with_their_decimals(int table, string row, int column, string printed)
        {
            using var doc = Parse();
            RawFigure(doc.RootElement, table, row, column).ShouldBe(printed);
        }

        [Fact]
        public void Keeps_trailing_zeros()
        {
            Text.Value.ShouldContain("\"values\": [2.50, 2.50, 0.00, 0.00]");
            Text.Value.ShouldContain("\"values\": [6596.36, 298.30, 6298.06, 0.00, 0.00, 0.00]");
        }

        [Fact]
        public void Writes_Chinese_unescaped()
        {
            Text.Value.ShouldContain("\"title\": \"单位预算财政拨款“三公”经费支出表\"");
            Text.Value.ShouldNotContain("\\u");
        }

        [Fact]
        public void Round_trips_every_figure_with_its_decimals()
        {
            using var doc = Parse();
            var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToArray();
            var source = WrittenSeed.Disclosure.Tables.OrderBy(t => t.Template.Number).ToArray();
            tables.Length.ShouldBe(source.Length);
            int figures = 0;
            for (int t = 0; t < source.Length; t++)
            {
                var parts = tables[t].GetProperty("parts").EnumerateArray().ToArray();
                foreach (var part in source[t].Parts)
                {
                    var json = parts.First(p => p.GetProperty("key").GetString() == part.Template.Key);
                    var rows = json.GetProperty("rows").EnumerateArray().ToArray();
                    rows.Length.ShouldBe(part.Rows.Count);
                    for (int r = 0; r < rows.Length; r++)
                    {
                        rows[r].GetProperty("key").GetString().ShouldBe(part.Rows[r].Key);
                        var values = rows[r].GetProperty("values").EnumerateArray().ToArray();
                        values.Length.ShouldBe(part.Rows[r].Values.Length);
                        for (int c = 0; c < values.Length; c++)
                        {
                            var expected = part.Rows[r].Values[c];
                            if (expected is null) { values[c].ValueKind.ShouldBe(JsonValueKind.Null); continue; }
                            var raw = values[c].GetRawText();
                            values[c].GetDecimal().ShouldBe(expected.Value.Value);
                            Figure.Scale(decimal.Parse(raw, CultureInfo.InvariantCulture)).ShouldBe(expected.Value.Decimals, raw);
                            figures++;
                        }
                    }
                }
            }
            figures.ShouldBeGreaterThan(400);
        }

        [Fact]
        public void Writes_the_note_of_an_empty_table_and_null_elsewhere()
        {
            using var doc = Parse();
            Table(doc.RootElement, 7).GetProperty("note").GetString().ShouldBe("注：无政府基金预算，空表列示。");
            Table(doc.RootElement, 3).GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        [Fact]
        public void Conforms_to_the_published_schema()
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(JsonSchemaCheck.SchemaPath()));
            using var doc = Parse();
            JsonSchemaCheck.Errors(schema.RootElement, doc.RootElement).ShouldBeEmpty();
        }
    }

    public class TheWriteMethodOnAnExactTable
    {
        [Fact]
        public void Writes_amounts_in_yuan_with_their_decimals()
        {
            var json = DisclosureJsonWriter.ToJson(DisclosureXlsxWriterTests.ExactDisclosure());
            using var doc = JsonDocument.Parse(json);
            doc.RootElement.GetProperty("unitOfAmount").GetString().ShouldBe("元");
            doc.RootElement.GetProperty("year").GetInt32().ShouldBe(2022);
            json.ShouldContain("\"values\": [10000.00, 10000.00, 0.00, 0.00]");
            using var schema = JsonDocument.Parse(File.ReadAllText(JsonSchemaCheck.SchemaPath()));
            JsonSchemaCheck.Errors(schema.RootElement, doc.RootElement).ShouldBeEmpty();
        }
    }

    public class TheSchemaCheck
    {
        [Fact]
        public void Rejects_a_number_written_as_text()
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(JsonSchemaCheck.SchemaPath()));
            var bad = Text.Value.Replace("\"values\": [2.50, 2.50, 0.00, 0.00]", "\"values\": [\"2.50\", 2.50, 0.00, 0.00]", StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(bad);
            var errors = JsonSchemaCheck.Errors(schema.RootElement, doc.RootElement);
            errors.ShouldNotBeEmpty();
            errors.ShouldAllBe(e => e.Contains("values[0]: String is not"));
        }
    }
}
