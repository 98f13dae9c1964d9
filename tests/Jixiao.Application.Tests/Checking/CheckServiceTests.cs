using Jixiao.Application.Checking;
using Jixiao.Disclosures;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Application.Tests.Checking;

/// <summary>
/// Checking without the CLI: the expectations are those of the CLI's own tests (CheckCommandTests), the report taken
/// here as the use case returns it rather than as the command prints it.
/// </summary>
public class CheckServiceTests
{
    private static readonly Lazy<DocumentReport> Xinglong = new(() =>
        new CheckService(TableSets.Get("H"), TableSets.Current).Check(SeedFiles.Path(SeedFiles.Xinglong)));

    [Fact]
    public void The_Xinglong_disclosure_is_a_unit_budget_with_errors_and_its_hash()
    {
        var report = Xinglong.Value;
        report.Kind.ShouldBe(DocumentKind.UnitBudget);
        report.Unit.ShouldBe("362001兴隆县医疗保障局本级");
        report.Year.ShouldBe(2021);
        report.HasErrors.ShouldBeTrue();
        report.Sha256.ShouldNotBeNull().Length.ShouldBe(64);
    }

    [Fact]
    public void Reports_the_seed_defect_of_table_3_row_208()
    {
        // 支出总表 208 prints 基本支出 48.84 while its 款 20805 (48.84) and 20899 (5.00) give 53.84.
        var f = Xinglong.Value.Findings.First(x => x.RuleId == "TBL-SUM-01" && x.Location.Contains("208 社会保障和就业支出") && x.Location.Contains("基本支出"));
        f.Severity.ShouldBe(Severity.Error);
        f.Subject.ShouldBe("表3 单位预算支出总表");
        f.Actual.ShouldBe("48.84");
        f.Expected!.ShouldStartWith("53.84");
    }

    [Fact]
    public void Gives_every_rule_an_outcome()
    {
        var outcomes = Xinglong.Value.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
        outcomes["TBL-SUM-01"].ShouldBe(Outcome.Fail);
        outcomes["TBL-SUM-02"].ShouldBe(Outcome.Pass);
        outcomes["TBL-BAL-01"].ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_folder_is_checked_file_by_file_in_name_order_and_an_empty_one_is_its_own_error()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-app-");
        try
        {
            var sub = dir.CreateSubdirectory("晋中");
            const string Head = "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n";
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Head + "1\t\t合计\t100.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n");
            File.WriteAllText(Path.Combine(sub.FullName, "b.txt"), Head + "1\t\t合计\t101.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n");
            File.WriteAllText(Path.Combine(dir.FullName, "readme.md"), "not a disclosure");
            var empty = dir.CreateSubdirectory("空");

            var paths = CheckBatch.Expand([dir.FullName, empty.FullName]);
            paths.Select(Path.GetFileName).ShouldBe(["a.txt", "b.txt", "空"]);

            var service = new CheckService(TableSets.Get("H"), TableSets.Current);
            var results = CheckBatch.CheckAll(paths, service.Check);
            results[0].Report!.HasErrors.ShouldBeFalse();
            results[1].Report!.HasErrors.ShouldBeTrue(); // b.txt: 101.00 ≠ 60.00 + 40.00
            results[2].Report.ShouldBeNull();
            results[2].Error!.ShouldContain("目录中没有可检查的文件");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it_and_the_others_are_still_checked()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.txt");
        var results = CheckBatch.CheckAll([missing, SeedFiles.Path(SeedFiles.Xinglong)], new CheckService(TableSets.Get("H"), TableSets.Current).Check);
        results[0].Error.ShouldBe($"{missing}：文件不存在");
        results[1].Report!.Unit.ShouldBe("362001兴隆县医疗保障局本级");
    }
}
