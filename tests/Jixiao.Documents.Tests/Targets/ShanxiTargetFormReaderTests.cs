using Jixiao.Documents.Targets;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets;

/// <summary>The 11 Shanxi forms of the Xinzhou seed, compared field by field with the seed text.</summary>
public class ShanxiTargetFormReaderTests
{
    private static readonly Lazy<IReadOnlyList<TargetForm>> Forms =
        new(() => Jixiao.Documents.Forms.TargetFormReader.Read(TextRows.Split(SeedFiles.Text(SeedFiles.Xinzhou)), _ => true));

    private static TargetForm Form(string name) => Forms.Value.Single(f => f.Project.Name == name);

    private static Indicator Cost(IReadOnlyList<Indicator> indicators) => indicators.Single(i => i.Level2 == Level2Indicator.Cost);

    // name, 实施期资金总额 = 年度资金总额 = 市县（区）财政资金 (元), as printed in the seed; every other source is 0 or blank.
    private static readonly (string Name, decimal Yuan)[] Printed =
    [
        ("信息系统维护及资产购置", 100_000m),
        ("职工及城乡居民医疗保险经费", 300_000m),
        ("离休干部业务经办费", 150_000m),
        ("慢性病鉴定和医药机构评估费", 50_000m),
        ("第一书记及驻村工作队员专项经费", 36_000m),
        ("市直离休干部医药费", 8_000_000m),
        ("建国前老工人医药费", 50_000m),
        ("一至六级伤残军人医药费", 100_000m),
        ("城乡居民市级财政补助", 41_970_000m),
        ("市直困难企业职工基本医疗保险和大额医疗费用补助", 20_520_000m),
        ("新冠疫苗财政补助资金", 2_000_000m),
    ];

    public static TheoryData<string, decimal> Money => new(Printed);

    [Fact]
    public void Reads_all_11_forms_in_order_with_the_year_of_their_title()
    {
        Forms.Value.Select(f => f.Project.Name).ShouldBe(Printed.Select(p => p.Name));
        Forms.Value.ShouldAllBe(f => f.Year == 2022 && f.Layout == TargetFormLayout.Shanxi && f.Problems.Count == 0);
        Forms.Value[0].Title.ShouldBe("忻州市市级预算部门（单位）项目支出绩效目标申报表");
    }

    [Theory]
    [MemberData(nameof(Money))]
    public void Reads_the_money_of_both_columns(string name, decimal yuan)
    {
        var d = Form(name).Declaration;

        d.ImplementationFunds.StatedTotal.ShouldBe(new Yuan(yuan));
        d.AnnualFunds.StatedTotal.ShouldBe(new Yuan(yuan));
        d.ImplementationFunds.Of(FundSource.Local).ShouldBe(new Yuan(yuan));
        d.AnnualFunds.Of(FundSource.Local).ShouldBe(new Yuan(yuan));
        d.AnnualFunds.Of(FundSource.Central).ShouldBe(Yuan.Zero);
        d.AnnualFunds.SourcesTotal.ShouldBe(new Yuan(yuan));
    }

    [Theory]
    [MemberData(nameof(Money))]
    public void Reads_seven_indicators_in_each_half_and_the_identity(string name, decimal _)
    {
        var d = Form(name).Declaration;

        // 数量, 质量, 时效, 成本, 社会效益, 可持续影响, 服务对象满意度: the empty 经济效益 and 生态效益 rows hold none.
        d.ImplementationIndicators.Count.ShouldBe(7);
        d.AnnualIndicators.Select(i => i.Level2).ShouldBe(d.ImplementationIndicators.Select(i => i.Level2));
        d.Department.ShouldBe(("303", "忻州市医疗保障局"));
        d.ImplementingUnit.ShouldBe("忻州市医疗保险服务中心");
        d.Nature.ShouldBe(ProjectNature.OneOff);
        d.PeriodYears.ShouldBe(1);
        d.ImplementationGoal.ShouldNotBeNullOrWhiteSpace();
        // 市直离休干部医药费 prints its 总体目标 in the 实施期 column only.
        if (name == "市直离休干部医药费") d.AnnualGoal.ShouldBeNull();
        else d.AnnualGoal.ShouldNotBeNullOrWhiteSpace();
        d.Texts.Select(t => t.Heading).ShouldContain("项目概况");
    }

    [Fact]
    public void Reads_the_first_form_field_by_field()
    {
        var d = Form("信息系统维护及资产购置").Declaration;

        var quantity = d.ImplementationIndicators[0];
        quantity.Level2.ShouldBe(Level2Indicator.Quantity);
        quantity.Name.ShouldBe("日常维护信息系统数量");
        quantity.Target.Comparison.ShouldBe(Comparison.AtLeast);
        quantity.Target.Value!.Value.Value.ShouldBe(5m);
        d.ImplementationIndicators[2].Target.Text.ShouldBe("及时响应");
        Cost(d.AnnualIndicators).Target.Text.ShouldBe("≤10万元");
        d.AnnualIndicators[^1].Name.ShouldBe("服务对象满意度");
        d.AnnualIndicators[^1].Target.Text.ShouldBe("≥95%");
        d.ImplementationGoal.ShouldBe("保障信息系统安全稳定运行，确保医保经办工作顺利开展。");
        d.Texts.Single(t => t.Heading == "项目设立必要性").Text.ShouldBe("保障信息系统安全稳定运行，确保医保经办工作顺利开展。");
        d.SignOff.ShouldBe(new SignOff(null, "苏媛渊", "3032798", "20211208153717"));
    }

    [Fact]
    public void Reads_the_cost_targets_the_review_is_about()
    {
        // 离休干部业务经办费: ≤16万元 against 150,000 元; the 年度 half prints the name cut to 离休干部业务经.
        var retired = Form("离休干部业务经办费").Declaration;
        Cost(retired.ImplementationIndicators).Target.Text.ShouldBe("≤16万元");
        Cost(retired.AnnualIndicators).Name.ShouldBe("离休干部业务经办成本");
        // 慢性病鉴定和医药机构评估费: ≤6万元 in 实施期, ≤5万元 in 年度.
        var chronic = Form("慢性病鉴定和医药机构评估费").Declaration;
        Cost(chronic.ImplementationIndicators).Target.Text.ShouldBe("≤6万元");
        Cost(chronic.AnnualIndicators).Target.Text.ShouldBe("≤5万元");
        chronic.SignOff!.Handler.ShouldBe("吴美英张德生");
        chronic.SignOff.Phone.ShouldBe("3032386");
        // 第一书记及驻村工作队员专项经费: 18000元/年 × 2人.
        var village = Form("第一书记及驻村工作队员专项经费").Declaration;
        village.AnnualIndicators[0].Target.Text.ShouldBe("2人");
        Cost(village.AnnualIndicators).Target.Text.ShouldBe("18000元/年");
        Cost(village.AnnualIndicators).Name.ShouldBe("驻村工作队员补助标准");
    }

    [Fact]
    public void Reads_a_sign_off_split_over_two_rows_and_a_value_left_by_a_converter()
    {
        Form("职工及城乡居民医疗保险经费").Declaration.SignOff!.Date.ShouldBe("20211207175954");
        var subsidy = Form("城乡居民市级财政补助").Declaration;
        subsidy.AnnualIndicators[^1].Target.Text.ShouldBe("$\\geq 92\\%$");
        subsidy.AnnualIndicators[^1].Target.Value!.Value.Value.ShouldBe(92m);
        subsidy.ImplementationIndicators[0].Target.Text.ShouldBe("≤ 2272689 人");
    }
}
