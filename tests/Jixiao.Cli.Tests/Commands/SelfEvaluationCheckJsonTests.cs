using System.Text.Json;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// <c>jixiao check jinzhong-2021-self-evaluation.txt --json</c>: the five forms as read, beside what follows from their
/// figures. Every expected figure is typed from the seed; the recomputed ones are worked out in the comments.
/// </summary>
public class SelfEvaluationCheckJsonTests
{
    private static readonly CliResult Result = CliRunner.Run("check", SeedFiles.Path(SeedFiles.Jinzhong), "--json");
    private static readonly JsonElement Document = JsonDocument.Parse(Result.Stdout).RootElement.GetProperty("documents")[0];
    private static readonly JsonElement[] Evaluations = Document.GetProperty("evaluations").EnumerateArray().ToArray();

    private static JsonElement Evaluation(string project) => Evaluations.Single(e => e.GetProperty("project").GetString() == project);

    private static JsonElement Item(JsonElement e, string name) =>
        e.GetProperty("scores").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);

    [Fact]
    public void Reads_all_five_evaluations_with_every_indicator_row_and_the_21_items_each()
    {
        Result.Exit.ShouldBe(0); // warnings only
        Document.GetProperty("kind").GetString().ShouldBe("self_evaluation");
        Evaluations.Select(e => e.GetProperty("project").GetString()).ShouldBe(
        [
            "城乡居民基本医疗保险2021年市级财政补助", "打击欺诈骗保专项行动", "晋中市城镇职工大额补充医疗保险特殊药品清算资金",
            "离休干部医疗医疗补助(行政、事业、企业、优抚)", "医疗救助金市级配套资金",
        ]);
        Evaluations.Select(e => e.GetProperty("indicators").GetArrayLength()).ShouldBe([6, 6, 6, 7, 6]);
        foreach (var e in Evaluations) e.GetProperty("scores").GetArrayLength().ShouldBe(21);
        Evaluations.Select(e => e.GetProperty("evaluators").GetArrayLength()).ShouldBe([3, 2, 3, 3, 2]);
    }

    [Fact]
    public void Keeps_the_money_in_yuan()
    {
        // 预算资金 12920.21 万元, 预算下达资金 12579.31 万元, 实际支出 (市级预算资金) 12579.31 万元
        var funds = Evaluation("城乡居民基本医疗保险2021年市级财政补助").GetProperty("funds");
        funds.GetProperty("budgetedTotal").GetDecimal().ShouldBe(129_202_100m);
        funds.GetProperty("released").GetDecimal().ShouldBe(125_793_100m);
        funds.GetProperty("spentTotal").GetDecimal().ShouldBe(125_793_100m);
        var fraud = Evaluation("打击欺诈骗保专项行动").GetProperty("funds");
        (fraud.GetProperty("budgetedTotal").GetDecimal(), fraud.GetProperty("released").GetDecimal(), fraud.GetProperty("spentTotal").GetDecimal())
            .ShouldBe((180_000m, 180_000m, 145_000m));
    }

    [Fact]
    public void Recomputes_the_money_items_and_agrees_with_the_forms()
    {
        // 资金到位率: 12579.31 / 12920.21 = 0.97362… × 3 = 2.9209 → 2.92, as printed
        var inPlace = Item(Evaluation("城乡居民基本医疗保险2021年市级财政补助"), "资金到位率");
        (inPlace.GetProperty("score").GetDecimal(), inPlace.GetProperty("computed").GetDecimal()).ShouldBe((2.92m, 2.92m));
        inPlace.GetProperty("explanation").GetString().ShouldBe("资金到位率 12579.31 / 12920.21 = 97.36 % × 3 = 2.92");
        // 预算执行率: 14.50 / 18.00 = 0.80556 × 3 = 2.4167 → 2.42, as printed
        var execution = Item(Evaluation("打击欺诈骗保专项行动"), "预算执行率");
        (execution.GetProperty("score").GetDecimal(), execution.GetProperty("computed").GetDecimal()).ShouldBe((2.42m, 2.42m));
        execution.GetProperty("explanation").GetString().ShouldBe("预算执行率 14.50 / 18.00 = 80.56 % × 3 = 2.42");
        // a judged item has nothing to recompute
        Item(Evaluation("打击欺诈骗保专项行动"), "项目立项规范性").GetProperty("computed").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Confirms_the_section_sums_totals_and_grades_that_hold()
    {
        // 打击欺诈骗保: 投入 3 + 4 + 4 + 3 + 3 + 2.42 = 19.42; 19.42 + 20 + 30 + 30 = 99.42 → 优
        var e = Evaluation("打击欺诈骗保专项行动");
        var input = e.GetProperty("sections")[0];
        (input.GetProperty("section").GetString(), input.GetProperty("score").GetDecimal(), input.GetProperty("sumOfItems").GetDecimal())
            .ShouldBe(("投入", 19.42m, 19.42m));
        (e.GetProperty("total").GetProperty("score").GetDecimal(), e.GetProperty("total").GetProperty("sumOfSections").GetDecimal()).ShouldBe((99.42m, 99.42m));
        (e.GetProperty("grade").GetProperty("stated").GetString(), e.GetProperty("grade").GetProperty("ofTotal").GetString()).ShouldBe(("优", "优"));
        // 94.92, 99.42, 95.00, 100, 100: all 优 (evaluation-domain.md)
        Evaluations.Select(x => x.GetProperty("total").GetProperty("score").GetDecimal()).ShouldBe([94.92m, 99.42m, 95.00m, 100m, 100m]);
        foreach (var x in Evaluations) x.GetProperty("grade").GetProperty("ofTotal").GetString().ShouldBe("优");
        foreach (var rule in new[] { "EVAL-SUM-01", "EVAL-GRADE-01", "EVAL-FUNDS-01", "EVAL-SCORE-01" })
            Document.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == rule)
                .GetProperty("outcome").GetString().ShouldBe("pass", rule);
    }

    [Fact]
    public void Reports_the_three_defects_of_the_seed()
    {
        var findings = Document.GetProperty("findings").EnumerateArray().ToArray();
        // 2,455,592 of 2,501,278 = 98.17 % marked 已完成
        findings.ShouldContain(f => f.GetProperty("rule").GetString() == "EVAL-PROG-01" && f.GetProperty("line").GetInt32() == 23
            && f.GetProperty("actual").GetString() == "已完成" && f.GetProperty("expected").GetString() == "98.17%");
        var row = Evaluation("城乡居民基本医疗保险2021年市级财政补助").GetProperty("indicators")[0].GetProperty("completion");
        (row.GetProperty("status").GetString(), row.GetProperty("percent").GetDecimal()).ShouldBe(("not_met", 98.17m));
        // 总费用 754 within the cost ceiling 1000万元 marked 80 %; 实际支出资金 1000.00 万元 while the text paid 754万元
        findings.ShouldContain(f => f.GetProperty("rule").GetString() == "EVAL-PROG-01" && f.GetProperty("line").GetInt32() == 215
            && f.GetProperty("actual").GetString() == "80%");
        findings.ShouldContain(f => f.GetProperty("rule").GetString() == "EVAL-TXT-01"
            && f.GetProperty("expected").GetString() == "1,000.00 万元" && f.GetProperty("actual").GetString() == "754.00 万元");
        // a satisfaction of 905 against 90%以上
        findings.ShouldContain(f => f.GetProperty("rule").GetString() == "EVAL-ACT-01" && f.GetProperty("line").GetInt32() == 283
            && f.GetProperty("actual").GetString() == "905");
    }
}
