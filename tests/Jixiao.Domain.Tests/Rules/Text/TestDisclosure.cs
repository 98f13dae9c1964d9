using Jixiao.Codes;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Domain.Tests.Rules.Text;

/// <summary>Small hand-made disclosures of set H: tables with the rows a test names, paragraphs under a section.</summary>
internal static class TestDisclosure
{
    public static Disclosure New(int year = 2021) =>
        new() { Source = "test", Set = TableSets.Get("H"), Year = new FiscalYear(year), Kind = DocumentKind.UnitBudget };

    /// <summary>Adds a row to a table (created on first use with all its parts); values printed with two decimals.</summary>
    public static Disclosure Row(this Disclosure d, string table, string part, string key, string label, params decimal[] values)
    {
        var t = d.Table(table);
        if (t is null)
        {
            var template = d.Set.Table(table)!;
            t = new DisclosureTable(template, template.Title);
            foreach (var p in template.Parts) t.Parts.Add(new DisclosurePart(p));
            d.Tables.Add(t);
        }
        var dp = t.Part(part)!;
        var figures = new Figure?[dp.Template.Columns.Count];
        for (int i = 0; i < figures.Length; i++) figures[i] = Figure.Printed(i < values.Length ? values[i] : 0m, 2);
        string? code = key.All(char.IsAsciiDigit) ? key : null;
        dp.Rows.Add(new DisclosureRow(key, code, label, figures));
        return d;
    }

    public static Disclosure Paragraph(this Disclosure d, string section, string text)
    {
        d.Paragraphs.Add(new TextParagraph(section, text, d.Paragraphs.Count + 1));
        return d;
    }

    /// <summary>The figures of the Xinglong 2021 seed that the explanation sentences name (printed in its tables 1, 3, 5, 6, 9).</summary>
    public static Disclosure XinglongTables(this Disclosure d) => d
        .Row("H1", "income", "general", "一、一般公共预算拨款收入", 6596.36m)
        .Row("H1", "income", "income-total", "本年收入合计", 6596.36m)
        .Row("H1", "income", "grand-total", "收入总计", 6596.36m)
        .Row("H1", "expenditure", "208", "八、社会保障和就业支出", 53.84m)
        .Row("H1", "expenditure", "210", "十、卫生健康支出", 6523.54m)
        .Row("H1", "expenditure", "221", "二十、住房保障支出", 18.98m)
        .Row("H1", "expenditure", "expenditure-total", "本年支出合计", 6596.36m)
        .Row("H1", "expenditure", "grand-total", "支出总计", 6596.36m)
        .Row("H3", "main", "total", "合计", 6596.36m, 298.30m, 6298.06m)
        .Row("H3", "main", "208", "社会保障和就业支出", 53.84m, 48.84m, 5.00m)
        .Row("H3", "main", "210", "卫生健康支出", 6523.54m, 230.48m, 6293.06m)
        .Row("H3", "main", "221", "住房保障支出", 18.98m, 18.98m, 0m)
        .Row("H6", "main", "total", "合计", 298.30m, 282.12m, 16.18m)
        .Row("H6", "main", "301", "工资福利支出", 272.05m, 272.05m, 0m)
        .Row("H6", "main", "302", "商品和服务支出", 16.18m, 0m, 16.18m)
        .Row("H6", "main", "30201", "办公费", 4.55m, 0m, 4.55m)
        .Row("H6", "main", "30211", "差旅费", 1.00m, 0m, 1.00m)
        .Row("H6", "main", "30215", "会议费", 1.20m, 0m, 1.20m)
        .Row("H6", "main", "30217", "公务接待费", 1.00m, 0m, 1.00m)
        .Row("H6", "main", "30226", "劳务费", 2.00m, 0m, 2.00m)
        .Row("H6", "main", "30229", "福利费", 4.05m, 0m, 4.05m)
        .Row("H6", "main", "30231", "公务用车运行维护费", 1.50m, 0m, 1.50m)
        .Row("H6", "main", "30299", "其他商品和服务支出", 0.88m, 0m, 0.88m)
        .Row("H6", "main", "303", "对个人和家庭的补助", 10.07m, 10.07m, 0m)
        .Row("H9", "main", "total", "合计", 2.50m, 2.50m)
        .Row("H9", "main", "subtotal", "“三公”经费小计", 2.50m, 2.50m)
        .Row("H9", "main", "abroad", "一、因公出国（境）费", 0m)
        .Row("H9", "main", "vehicles", "二、公务用车购置及运维费", 1.50m, 1.50m)
        .Row("H9", "main", "vehicle-purchase", "其中：公务用车购置费", 0m)
        .Row("H9", "main", "vehicle-operation", "公务用车运行维护费", 1.50m, 1.50m)
        .Row("H9", "main", "hospitality", "三、公务接待费", 1.00m, 1.00m);

    /// <summary>Runs one rule and returns what it reported.</summary>
    public static RuleResults Run(this Disclosure d, IDisclosureRule rule)
    {
        var results = new RuleResults();
        rule.Check(d, results);
        return results;
    }

    public static IReadOnlyList<Finding> Of(this RuleResults r, string ruleId, Severity? severity = null) =>
        r.Findings.Where(f => f.RuleId == ruleId && (severity is null || f.Severity == severity)).ToArray();

    // The explanation sentences of the Xinglong 2021 seed, as printed.
    public const string Income = "本单位当年全部收入，2021年预算收入6596.36万元。其中一般公共预算拨款收入6596.36万元。";
    public const string Expenditure = "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映兴隆县医保局年度部门预算中支出预算的总体情况。"
        + "2022年单位支出预算为6596.36万元，其中社会保障和就业支出53.84万元，卫生健康支出6523.54万元，住房保障支出18.98万元，其中人员支出282.12万元，公用支出16.18万元，对个人和家庭的补助10.07万元。";
    public const string RunningCosts = "医保局运行经费共计安排16.18万元，主要用于保证正常运转的办公费4.55万元、差旅费1万元、会议费1.2万元、公务招待费1万元、劳务费2万元、福利费4.05万元、公务用车运行维护费1.5万元、其他商品和服务支出0.88万元。";
    public const string ThreePublic = "2021年，我单位财政拨款“三公”经费预算安排2.5万元，其中：因公出国（境）费0万元，较上年持平；公务用车购置及运维费1.5万元(其中：公务用车购置费0万元，较上年持平；公务用车运行费1.5万元，较上年增加1.5万元）；公务接待费1万元，较上年增加1万元。“三公”经费整体较上年增加2.5万元，增加的主要原因是：我单位公车成立后调拨车辆，行驶近30万公里，零件老化进行了大修，支付车辆保险、车辆日常维修保养、油卡充值费用。";

    public const string IncomeSection = "1、收入说明";
    public const string ExpenditureSection = "2、支出说明";
    public const string RunningCostsSection = "三、机关运行经费安排情况";
    public const string ThreePublicSection = "四、财政拨款“三公”经费预算情况及增减变化原因";

    /// <summary>The seed's tables and its four explanation paragraphs.</summary>
    public static Disclosure Xinglong() => New().XinglongTables()
        .Paragraph(IncomeSection, Income)
        .Paragraph(ExpenditureSection, Expenditure)
        .Paragraph(RunningCostsSection, RunningCosts)
        .Paragraph(ThreePublicSection, ThreePublic);
}
