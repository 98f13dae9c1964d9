using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Defects;

/// <summary>
/// A hand-made defect corpus: each case plants one defect into the Xinglong seed text (an exact edit, described in
/// the case) and asserts that the checker reports it under the right rule, table and location. The clean seed's
/// own defects are listed first so that each case can show what is new.
/// </summary>
public class DefectCorpusTests
{
    private static readonly string Seed = SeedFiles.Path("xinglong-2021-unit-budget.txt") is var p ? File.ReadAllText(p) : "";
    private static readonly Checker Checker = new();

    private static DocumentReport Check(string text) => Checker.Check(PublishedTextReader.Read(text, "defect.txt"));

    /// <summary>Replaces the first <paramref name="old"/> found after <paramref name="anchor"/>; fails if either is absent.</summary>
    private static string Plant(string anchor, string old, string replacement)
    {
        int a = Seed.IndexOf(anchor, StringComparison.Ordinal);
        a.ShouldBeGreaterThanOrEqualTo(0, $"anchor “{anchor}” not in the seed");
        int i = Seed.IndexOf(old, a, StringComparison.Ordinal);
        i.ShouldBeGreaterThanOrEqualTo(0, $"“{old}” not after “{anchor}”");
        return Seed[..i] + replacement + Seed[(i + old.Length)..];
    }

    private static IEnumerable<Finding> NewErrors(DocumentReport report, Severity severity = Severity.Error)
    {
        var before = Check(Seed).Findings.Select(f => (f.RuleId, f.Location, f.Message)).ToHashSet();
        return report.Findings.Where(f => f.Severity == severity && !before.Contains((f.RuleId, f.Location, f.Message)));
    }

    public class TheCleanSeed
    {
        [Fact]
        public void Has_exactly_the_known_table_errors_and_no_error_on_the_sums_that_hold()
        {
            var report = Check(Seed);
            var tableErrors = report.Findings
                .Where(f => f.Severity == Severity.Error && (f.RuleId.StartsWith("TBL", StringComparison.Ordinal) || f.RuleId.StartsWith("XT", StringComparison.Ordinal)))
                .Select(f => $"{f.RuleId} {f.Subject} {f.Location}")
                .Order(StringComparer.Ordinal).ToList();
            // 表3 prints 20899's 5.00 under 基本支出 while 208 and 表5 put it under 项目支出.
            tableErrors.ShouldBe(new[]
            {
                "TBL-SUM-01 表3 单位预算支出总表 行“208 社会保障和就业支出”，列“基本支出”",
                "TBL-SUM-01 表3 单位预算支出总表 行“208 社会保障和就业支出”，列“项目支出”",
                "XT-05 表5 单位预算一般公共预算财政拨款支出表 行“20899 其他社会保障和就业支出”，列“项目支出” ↔ 表3“项目支出”",
                "XT-05 表5 单位预算一般公共预算财政拨款支出表 行“20899 其他社会保障和就业支出”，列“小计” ↔ 表3“基本支出”",
                "XT-05 表5 单位预算一般公共预算财政拨款支出表 行“2089999 其他社会保障和就业支出”，列“项目支出” ↔ 表3“项目支出”",
                "XT-05 表5 单位预算一般公共预算财政拨款支出表 行“2089999 其他社会保障和就业支出”，列“小计” ↔ 表3“基本支出”",
            }.Order(StringComparer.Ordinal).ToList());
            foreach (var id in new[] { "TBL-SUM-02", "TBL-SUM-03", "TBL-BAL-01", "XT-01", "XT-02", "XT-03", "XT-04", "XT-06", "XT-07", "XT-10" })
                report.Rules.Single(r => r.Rule.Id == id).Outcome.ShouldBe(Outcome.Pass, id);
        }
    }

    public class ThePlantedDefects
    {
        [Fact]
        public void A_total_off_by_1_00_is_a_column_sum_error_on_the_total_row()
        {
            // 表3 合计 row: 基本支出 298.3 → 299.30 (合计 6596.36 no longer = 299.30 + 6298.06)
            var report = Check(Plant("单位预算支出总表", "\t298.3\n", "\t299.30\n"));
            var errors = NewErrors(report).ToList();
            errors.ShouldContain(f => f.RuleId == "TBL-SUM-02" && f.Subject == "表3 单位预算支出总表" && f.Location == "行“合计”，列“合计”"
                                      && f.Actual == "6596.36" && f.Expected!.StartsWith("6597.36"));
            errors.ShouldContain(f => f.RuleId == "TBL-SUM-01" && f.Location == "行“合计”，列“基本支出”");
        }

        [Fact]
        public void A_missing_class_row_breaks_the_total_and_the_match_with_table_1()
        {
            // 表3 without its 221 住房保障支出 row (18.98)
            var text = Plant("单位预算支出总表", "\t221\n\t住房保障支出\n", "\t\n\t\n");
            var errors = NewErrors(Check(text)).ToList();
            errors.ShouldContain(f => f.RuleId == "TBL-SUM-01" && f.Subject == "表3 单位预算支出总表" && f.Location == "行“合计”，列“合计”");
            errors.ShouldContain(f => f.RuleId == "XT-01" && f.Location.Contains("221"));
        }

        [Fact]
        public void Income_not_equal_to_expenditure_is_a_balance_error()
        {
            // 表1 收入总计 6596.36 → 6597.36
            var errors = NewErrors(Check(Plant("收入总计", "\t6596.36\n", "\t6597.36\n"))).ToList();
            errors.ShouldContain(f => f.RuleId == "TBL-BAL-01" && f.Subject == "表1 单位预算收支总表" && f.Actual == "6597.36");
            errors.ShouldContain(f => f.RuleId == "TBL-SUM-03" && f.Location.Contains("收入总计"));
        }

        [Fact]
        public void Three_public_parts_that_do_not_add_up_are_a_row_sum_error()
        {
            // 表9 三、公务接待费 1.00 → 2.00 while the 小计 stays 2.50
            var errors = NewErrors(Check(Plant("三、公务接待费", "\t1.00\n", "\t2.00\n"))).ToList();
            errors.ShouldContain(f => f.RuleId == "TBL-SUM-03" && f.Subject.StartsWith("表9") && f.Location.Contains("“三公”经费小计")
                                      && f.Actual == "2.50" && f.Expected!.StartsWith("3.50"));
        }

        [Fact]
        public void An_unknown_code_is_a_catalog_error()
        {
            // 表3 row 2101504 信息化建设 → 2101598 (no such 项 in the 2021 catalog)
            var errors = NewErrors(Check(Plant("单位预算支出总表", "\t2101504\n", "\t2101598\n"))).ToList();
            errors.ShouldContain(f => f.RuleId == "CAT-01" && f.Subject == "表3 单位预算支出总表" && f.Location.Contains("2101598"));
        }

        [Fact]
        public void A_wrong_share_in_a_sentence_is_a_share_error_showing_the_exact_value()
        {
            // 53.84 / 6596.36 = 0.816 %, not 10.5 %
            var text = Plant("2、支出说明", "社会保障和就业支出53.84万元", "社会保障和就业支出53.84万元，占10.5%");
            var errors = NewErrors(Check(text)).ToList();
            errors.ShouldContain(f => f.RuleId == "TXT-PCT-01" && f.Message.Contains("10.5") && f.Message.Contains("0.8"));
        }

        [Fact]
        public void A_wrong_rate_of_change_in_a_sentence_is_a_change_error()
        {
            // last year = 6596.36 − 596.36 = 6000.00; the rate is 596.36 / 6000.00 = 9.94 %, not 20 %
            var text = Plant("1、收入说明", "2021年预算收入6596.36万元。", "2021年预算收入6596.36万元，比上年增加596.36万元，增长20%。");
            var errors = NewErrors(Check(text)).ToList();
            errors.ShouldContain(f => f.RuleId == "TXT-CHG-01" && f.Message.Contains("20") && f.Message.Contains("9.9"));
        }

        [Fact]
        public void A_placeholder_left_in_the_text_is_found()
        {
            var text = Plant("1、收入说明", "本单位当年全部收入", "XX单位当年全部收入");
            NewErrors(Check(text)).ShouldContain(f => f.RuleId == "TXT-PH-01");
        }
    }

    public class MalformedFiles
    {
        [Theory]
        [InlineData("binary")]
        [InlineData("cut")]
        [InlineData("text-in-numbers")]
        public void Never_crash_and_say_what_they_could_not_read(string kind)
        {
            string text = kind switch
            {
                "binary" => new string(Enumerable.Range(0, 5000).Select(i => (char)((i * 7919) % 0xD7FF)).ToArray()),
                "cut" => Seed[..(Seed.Length / 3)],
                _ => Plant("单位预算支出总表", "\t6523.54\n", "\t六千五百\n"),
            };
            var report = Check(text);
            report.Rules.ShouldNotBeEmpty();
            if (kind == "text-in-numbers")
                report.Findings.ShouldContain(f => f.RuleId == "RD-CELL-01" && f.Subject == "表3 单位预算支出总表" && f.Location.Contains("210"));
        }
    }
}
