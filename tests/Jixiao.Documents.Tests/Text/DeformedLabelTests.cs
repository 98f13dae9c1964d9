using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Text;

/// <summary>
/// Row labels as exporters deform them (issue 11, point 4): cut short at the cell's width, a gloss in brackets added,
/// a wrapped label's pieces out of order — each read as its row; a label that could be two rows is read as neither, said
/// as RD-ROW-01, and the sums that need it lack data rather than fail.
/// </summary>
public class DeformedLabelTests
{
    private const string Head =
        "单位预算财政拨款“三公”经费支出表\n预算年度：2021\t单位：万元\n项目\t合计\t一般公共预算财政拨款\t政府性基金预算拨款\t国有资本经营预算财政拨款\n";

    private static (Jixiao.Disclosures.DisclosurePart Part, DocumentReport Report) Read(string rows)
    {
        var d = PublishedTextReader.Read(Head + rows, "deformed.txt");
        return (d.Table("H9")!.Part("main")!, new Checker().Check(d));
    }

    [Fact]
    public void Labels_cut_short_glossed_or_wrapped_out_of_order_are_read_as_their_rows()
    {
        var (part, report) = Read(
            "合计\t10.00\t10.00\t\t\n" +
            "“三公”经费小计\t10.00\t10.00\t\t\n" +
            "一、因公出国（境）费\t2.00\t2.00\t\t\n" +
            "其中：教学科研人员因公出\t0.50\t0.50\t\t\n" +          // cut short at the cell's width
            "其他因公出国（境）费\t1.50\t1.50\t\t\n" +
            "二、公务用车购置及运维费（含购置和运行维护）\t5.00\t5.00\t\t\n" + // a gloss added
            "其中：公务用车购置费\t2.00\t2.00\t\t\n" +
            "维护费公务用车运行\t3.00\t3.00\t\t\n" +                 // “公务用车运行 / 维护费” wrapped, pieces swapped
            "三、公务接待费\t3.00\t3.00\t\t\n");

        part.Row("abroad-research")!.Values[0]!.Value.Value.ShouldBe(0.50m);
        part.Row("vehicles")!.Values[0]!.Value.Value.ShouldBe(5.00m);
        part.Row("vehicle-operation")!.Values[0]!.Value.Value.ShouldBe(3.00m);
        part.Rows.Count.ShouldBe(9);
        report.Findings.Where(f => f.Severity != Severity.Info && f.RuleId != "DOC-01").ShouldBeEmpty(); // DOC-01: the other tables of the set are not in this excerpt
        report.Rules.Single(r => r.Rule.Id == "TBL-SUM-03").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_label_that_could_be_two_rows_is_read_as_neither_and_said()
    {
        var (part, report) = Read(
            "合计\t10.00\t10.00\t\t\n" +
            "“三公”经费小计\t10.00\t10.00\t\t\n" +
            "一、因公出国（境）费\t2.00\t2.00\t\t\n" +
            "其中：教学科研人员因公出国（境）费\t0.50\t0.50\t\t\n" +
            "其他因公出国（境）费\t1.50\t1.50\t\t\n" +
            "二、公务用车购置及运维费\t5.00\t5.00\t\t\n" +
            "公务用车\t2.50\t2.50\t\t\n" +                          // 公务用车购置费 or 公务用车运行费, cut short
            "公务用车运行维护费\t3.00\t3.00\t\t\n" +
            "三、公务接待费\t3.00\t3.00\t\t\n");

        part.Row("vehicle-purchase").ShouldBeNull();
        var finding = report.Findings.Single(f => f.RuleId == "RD-ROW-01");
        finding.Message.ShouldContain("公务用车购置费");
        finding.Message.ShouldContain("公务用车运行");
        finding.Line.ShouldBe(10);
        report.Findings.Where(f => f.RuleId.StartsWith("TBL", StringComparison.Ordinal)).ShouldBeEmpty();
        // 2.50 + 3.00 ≠ 5.00 would be an error had the row been guessed as 购置费: the sum is left unchecked instead
        report.Findings.Where(f => f.Severity == Severity.Error).ShouldBeEmpty();
        // (its other relations — 合计 = 小计, 小计 = 出国 + 公务用车 + 接待, 出国 = 其中 + 其他 — still pass)
        report.Rules.Single(r => r.Rule.Id == "TBL-SUM-03").Outcome.ShouldBe(Outcome.Pass);
    }
}
