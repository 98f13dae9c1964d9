using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// <c>jixiao check PACKAGE</c> reviews the package's self-evaluations: a published form on the national table under the
/// national template, and the unit's own evaluation computed from its execution and the evaluator's entries.
/// </summary>
public class PackageEvaluationCheckTests
{
    private static string Write(string json)
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-evalcheck-").FullName;
        var path = Path.Combine(dir, "p.json");
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>
    /// A national form as published: A 100.00 万元, released 90.00, B 89.10. 预算执行率 on the national table is B / A:
    /// 89.10 / 100.00 × 10 = 8.91, as stated. 产出 参保人数 20 of 20 + 覆盖率 30 of 30 = 50; 效益 30; 满意度 10;
    /// total 8.91 + 50 + 30 + 10 = 98.91 → 优. The text's 预算执行率为89.10% is B / A too.
    /// </summary>
    private const string NationalForm = """
    {
      "unit": { "code": "303001", "name": "晋中市医疗保障局", "nature": "行政" },
      "fiscalYear": 2023,
      "lines": [],
      "projects": [
        {
          "code": "XM01", "name": "城乡居民医保经办服务",
          "publishedEvaluation": {
            "template": "national", "year": 2023,
            "funds": {
              "budgeted": [ { "source": "本年财政拨款", "amount": 1000000.00 } ],
              "released": 900000.00,
              "spent": [ { "source": "本年财政拨款", "amount": 891000.00 } ]
            },
            "texts": [ { "heading": "项目资金使用情况", "text": "全年预算执行率为89.10%。" } ],
            "indicators": [
              { "level2": "数量指标", "name": "参保人数", "target": "≥8755人", "actual": "8755人", "progress": "已完成", "points": 20, "score": 20 },
              { "level2": "质量指标", "name": "覆盖率", "target": "≥95%", "actual": "96%", "progress": "已完成", "points": 30, "score": 30 },
              { "level2": "社会效益指标", "name": "待遇保障水平", "target": "稳步提高", "actual": "稳步提高", "points": 30, "score": 30 },
              { "level2": "服务对象满意度指标", "name": "满意度", "target": "≥90%", "actual": "92%", "progress": "已完成", "points": 10, "score": 10 }
            ],
            "scores": [ { "section": "预算执行", "group": "", "name": "预算执行率", "points": 10, "score": 8.91 } ],
            "sections": [
              { "section": "预算执行", "points": 10, "score": 8.91 }, { "section": "产出指标", "points": 50, "score": 50 },
              { "section": "效益指标", "points": 30, "score": 30 }, { "section": "满意度指标", "points": 10, "score": 10 }
            ],
            "total": { "points": 100, "score": 98.91 },
            "grade": "优"
          }
        }
      ]
    }
    """;

    [Fact]
    public void A_published_national_form_is_reviewed_under_the_national_template()
    {
        var r = CliRunner.Run("check", Write(NationalForm), "--json");

        var document = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("documents")[0];
        document.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString()!.StartsWith("EVAL-", StringComparison.Ordinal))
            .Select(f => f.GetProperty("message").GetString()).ShouldBeEmpty();
        var outcomes = document.GetProperty("rules").EnumerateArray()
            .ToDictionary(x => x.GetProperty("rule").GetString()!, x => x.GetProperty("outcome").GetString());
        foreach (var id in new[] { "EVAL-SCORE-01", "EVAL-SUM-01", "EVAL-GRADE-01", "EVAL-FUNDS-01", "EVAL-TXT-02" })
            outcomes[id].ShouldBe("pass", id);
        // check --json shows the form with its recomputed execution item: 89.10 / 100.00 × 10 = 8.91
        var e = document.GetProperty("evaluations")[0];
        e.GetProperty("template").GetString().ShouldBe("national");
        var item = e.GetProperty("scores")[0];
        (item.GetProperty("computed").GetDecimal(), item.GetProperty("explanation").GetString())
            .ShouldBe((8.91m, "预算执行率 89.10 / 100.00 = 89.10 % × 10 = 8.91"));
        // 产出指标 50 = the rows of its 一级: 20 + 30
        var output = e.GetProperty("sections")[1];
        (output.GetProperty("section").GetString(), output.GetProperty("sumOfItems").GetDecimal()).ShouldBe(("产出指标", 50m));
    }

    [Fact]
    public void A_national_execution_item_scored_against_the_money_released_is_an_error()
    {
        // 89.10 / 90.00 × 10 = 9.90 is the Shanxi reading (支出 / 下达); the national table divides by A: 8.91
        var json = NationalForm.Replace("\"score\": 8.91 } ]", "\"score\": 9.90 } ]", StringComparison.Ordinal);
        var r = CliRunner.Run("check", Write(json));

        r.Console.ShouldContain("EVAL-FUNDS-01");
        r.Console.ShouldContain("“预算执行率”应为 实际支出资金 89.10 万元 / 预算资金 100.00 万元 × 10 = 8.91，所填 9.90");
    }

    [Fact]
    public void The_units_own_evaluation_is_reviewed_with_its_entries_and_texts()
    {
        // the evaluate fixture's national project, with the qualitative 待遇保障水平 entered 25 in the band 18–24 (60–80 % of
        // 30), and a text claiming 预算执行率达到50% where 99.00 / 100.00 = 99.00 %
        var json = EvaluateCommandTests.Package
            .Replace("\"score\": 20, \"band\": \"部分达成并具有一定效果\"", "\"score\": 25, \"band\": \"部分达成并具有一定效果\"", StringComparison.Ordinal)
            .Replace("\"text\": \"补助资金已全部拨付到位\"", "\"text\": \"补助资金预算执行率达到50%\"", StringComparison.Ordinal);
        var r = CliRunner.Run("check", Write(json));

        r.Exit.ShouldBe(1);
        r.Console.ShouldContain("错误 EVAL-SCORE-01");
        r.Console.ShouldContain("评价人评分 25 不在档次“部分达成并具有一定效果”的范围内（60.00 %–80.00 % × 30 = 18–24 分）");
        r.Console.ShouldContain("EVAL-TXT-02");
        r.Console.ShouldContain("写明“预算执行率达到50%”，而实际支出资金 99.00 / 预算资金 100.00 = 99.00%");
    }
}
