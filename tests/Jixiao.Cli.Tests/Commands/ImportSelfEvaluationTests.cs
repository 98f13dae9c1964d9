using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// <c>jixiao import</c> of the Jinzhong seed (five published 绩效自评表 alone) and <c>jixiao check</c> of the package it
/// makes: the review rules (EVAL-…) run on the published evaluations the package keeps and find what they find on
/// the text.
/// </summary>
public class ImportSelfEvaluationTests
{
    private static (string Text, string Package) CheckBoth()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pkg = Path.Combine(dir, "jinzhong.package.json");
        var (exit, console, _) = CliRunner.Run("import", SeedFiles.Path(SeedFiles.Jinzhong), "-o", pkg);
        exit.ShouldBe(0, console);
        console.ShouldContain("已导入 晋中市医疗保障局 2021 年数据：0 条预算明细，5 个项目（5 个有公开的绩效自评表）");
        console.ShouldContain("XM05 医疗救助金市级配套资金");

        var (exitText, _, text) = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Jinzhong), "--json");
        var (exitPackage, _, package) = CliRunner.Run("check", pkg, "--json");
        Directory.Delete(dir, recursive: true);
        // warnings only on either: exit 0 both
        (exitText, exitPackage).ShouldBe((0, 0), package);
        return (text, package);
    }

    private static JsonElement Document(string json) => JsonDocument.Parse(json).RootElement.GetProperty("documents")[0];

    private static List<(string Rule, string Severity, string Subject, string Location, string Message)> EvalFindings(JsonElement doc) =>
        doc.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("subject").GetString()!,
                f.GetProperty("location").GetString()!, f.GetProperty("message").GetString()!))
            .Where(f => f.Item1.StartsWith("EVAL-", StringComparison.Ordinal)).ToList();

    private static Dictionary<string, string> Outcomes(JsonElement doc) =>
        doc.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("outcome").GetString()!);

    [Fact]
    public void The_package_gets_the_same_EVAL_findings_and_outcomes_as_the_text()
    {
        var (text, package) = CheckBoth();
        var fromText = Document(text);
        var fromPackage = Document(package);

        EvalFindings(fromPackage).ShouldBe(EvalFindings(fromText));
        var evalText = Outcomes(fromText).Where(o => o.Key.StartsWith("EVAL-", StringComparison.Ordinal)).ToList();
        Outcomes(fromPackage).Where(o => o.Key.StartsWith("EVAL-", StringComparison.Ordinal)).ShouldBe(evalText);
        // on the seed: the money formulas, sums and grades hold; 完成进度, unreadable actuals and the text's 754万元 do not
        foreach (var id in new[] { "EVAL-FUNDS-01", "EVAL-SUM-01", "EVAL-GRADE-01" }) evalText.ShouldContain(new KeyValuePair<string, string>(id, "pass"));
        foreach (var id in new[] { "EVAL-PROG-01", "EVAL-ACT-01", "EVAL-TXT-01" }) evalText.ShouldContain(new KeyValuePair<string, string>(id, "fail"));

        // what the issue asks to be found (evaluation-domain.md): 98.2 % marked 已完成, 754 of 1000万元 marked 80 %, the text's
        // 754万元 against 1000.00 spent, the satisfaction of 905
        var messages = EvalFindings(fromPackage).Select(f => f.Message).ToList();
        messages.ShouldContain("“城乡居民参保人数”未完成（2455592 / 2501278人 = 98.17%），完成进度却填“已完成”");
        messages.ShouldContain(m => m.Contains("“总费用”已完成（754万元 未超过上限 1000万元）", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Contains("“支付754万元”", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Contains("实际完成值“905”", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_is_a_document_of_self_evaluations_whose_table_rules_do_not_apply()
    {
        var (_, package) = CheckBoth();
        var doc = Document(package);

        doc.GetProperty("kind").GetString().ShouldBe("self_evaluation");
        doc.GetProperty("unit").GetString().ShouldBe("晋中市医疗保障局");
        doc.GetProperty("year").GetInt32().ShouldBe(2021);
        var outcomes = Outcomes(doc);
        foreach (var id in new[] { "TBL-SUM-01", "TBL-BAL-01", "XT-01", "TGT-COST-01", "PKG-07", "PKG-08" }) outcomes[id].ShouldBe("not_applicable", id);
        // a package keeps no line of the document
        doc.GetProperty("findings").EnumerateArray().Count(f => f.TryGetProperty("line", out var _)).ShouldBe(0);
    }
}
