using System.Text.Json.Nodes;
using Json.Schema;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// <c>check --json</c> follows its documented schema (<c>docs/schema/check-report.schema.json</c>) on every kind of
/// document: the seeds (a budget disclosure with target forms, target forms alone, self-evaluations), the 决算 PDF,
/// a data package; and the schema refuses what it should.
/// </summary>
public class CheckJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(SeedFiles.RepositoryRoot(), "docs", "schema", "check-report.schema.json")));

    private static EvaluationResults Validate(string json) =>
        Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    public class TheOutput
    {
        [Theory]
        [InlineData(SeedFiles.Xinglong)]
        [InlineData(SeedFiles.Xinzhou)]
        [InlineData(SeedFiles.Jinzhong)]
        [InlineData(SeedFiles.Putuo)]
        public void Of_a_real_document_is_valid(string seed)
        {
            var (_, _, stdout) = CliRunner.Run("check", SeedFiles.Path(seed), "--json");
            var result = Validate(stdout);
            result.IsValid.ShouldBeTrue(Errors(result));
            // every document says which file it was and with what it was read
            var doc = JsonNode.Parse(stdout)!["documents"]![0]!;
            doc["sha256"]!.GetValue<string>().Length.ShouldBe(64);
            doc["versions"]!["layouts"]!.GetValue<string>().ShouldNotBeEmpty();
        }

        [Fact]
        public void Of_a_pdf_places_findings_on_pages_and_cells()
        {
            var (_, _, stdout) = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Putuo), "--json", "--verbose");
            Validate(stdout).IsValid.ShouldBeTrue();
            var findings = JsonNode.Parse(stdout)!["documents"]![0]!["findings"]!.AsArray();
            // 表1 prints 八、社会保障和就业支出 as 326.71, 表3 as 326.72 (page 6): the rounding gap is on its cell
            var gap = findings.First(f => f!["rule"]!.GetValue<string>() == "XT-01")!;
            gap["page"]!.GetValue<int>().ShouldBe(6);
            gap["cell"]!["table"]!.GetValue<string>().ShouldBe("F1");
            gap["cell"]!["row"]!.GetValue<string>().ShouldBe("208");
            gap["box"]!.AsArray().Count.ShouldBe(4);
        }
    }

    public class TheSchema
    {
        [Fact]
        public void Refuses_an_unknown_outcome_and_a_finding_without_its_id()
        {
            var (_, _, stdout) = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Putuo), "--json");
            var node = JsonNode.Parse(stdout)!;
            node["documents"]![0]!["rules"]![0]!["outcome"] = "maybe";
            Validate(node.ToJsonString()).IsValid.ShouldBeFalse();

            node = JsonNode.Parse(stdout)!;
            node["documents"]![0]!["findings"]![0]!.AsObject().Remove("id");
            Validate(node.ToJsonString()).IsValid.ShouldBeFalse();
        }
    }
}
