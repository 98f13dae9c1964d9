using Jixiao.Documents.Targets.Rendering;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>
/// The seeds' forms written as XLSX and read back with the Open XML SDK; every expected text and figure is copied by
/// hand from the seed (tests/corpus/real), with the cell the layout puts it in.
/// </summary>
public class TargetFormXlsxWriterTests
{
    public class TheWriteMethodOnTheXinzhouSeed
    {
        private static XlsxSheets Book => RenderedSeeds.XinzhouXlsx.Value;

        private static XlsxSheets.Sheet Sheet(string name) => Book[name];

        [Fact]
        public void Writes_one_sheet_per_form_named_after_its_project_each_on_one_A4_page()
        {
            Book.Sheets.Select(s => s.Name).ShouldBe(
            [
                "信息系统维护及资产购置", "职工及城乡居民医疗保险经费", "离休干部业务经办费", "慢性病鉴定和医药机构评估费",
                "第一书记及驻村工作队员专项经费", "市直离休干部医药费", "建国前老工人医药费", "一至六级伤残军人医药费",
                "城乡居民市级财政补助", "市直困难企业职工基本医疗保险和大额医疗费用补助", "新冠疫苗财政补助资金",
            ]);
            // Each form fits one A4 page once scaled to the page's width: it is printed on one page, as a form is.
            Book.Sheets.Select(s => s.Page).Distinct().ShouldBe([(9u, true, 1u, 1u)]);
        }

        [Fact]
        public void Prints_the_title_year_and_identity_of_离休干部业务经办费()
        {
            var s = Sheet("离休干部业务经办费");
            s["A1"].ShouldBe("忻州市市级预算部门（单位）项目支出绩效目标申报表");
            s.MergeAt("A1").ShouldBe("A1:H1");
            s["A2"].ShouldBe("（2022年度）");
            (s["A3"], s["B3"]).ShouldBe(("项目名称", "离休干部业务经办费"));
            (s["A4"], s["B4"], s["E4"], s["F4"]).ShouldBe(("主管部门及代码", "303-忻州市医疗保障局", "实施单位", "忻州市医疗保险服务中心"));
            (s["A5"], s["B5"], s["E5"], s["F5"]).ShouldBe(("项目属性", "一次性项目（1年结束）", "项目期", "1年"));
        }

        [Fact]
        public void Prints_the_money_in_元_as_the_seed_does_150_000_in_both_columns()
        {
            var s = Sheet("离休干部业务经办费");
            s["A6"].ShouldBe("项目资金（元）");
            s.MergeAt("A6").ShouldBe("A6:A11");
            // 实施期资金总额: 150,000 | 年度资金总额: 150,000, and the split: 中央 0, 省级 0, 市县（区） 150,000, 单位自筹 0, 其他资金 blank.
            (s["B6"], s["E6"], s["F6"], s["H6"]).ShouldBe(("实施期资金总额：", "150000", "年度资金总额：", "150000"));
            s.Format("E6").ShouldBe("#,##0");
            s.Format("H6").ShouldBe("#,##0");
            (s["B7"], s["E7"], s["F7"], s["H7"]).ShouldBe(("其中：中央财政资金", "0", "其中：中央财政资金", "0"));
            (s["B8"], s["E8"], s["H8"]).ShouldBe(("省级财政资金", "0", "0"));
            (s["B9"], s["E9"], s["H9"]).ShouldBe(("市县（区）财政资金", "150000", "150000"));
            (s["B10"], s["E10"], s["H10"]).ShouldBe(("单位自筹", "0", "0"));
            (s["B11"], s["E11"], s["H11"]).ShouldBe(("其他资金", "", ""));
        }

        [Fact]
        public void Prints_the_five_text_blocks_and_both_goals()
        {
            var s = Sheet("离休干部业务经办费");
            new[] { s["A12"], s["A13"], s["A14"], s["A15"], s["A16"] }.ShouldBe(["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"]);
            s["B12"].ShouldStartWith("为一些特殊参保人群");
            s["B16"].ShouldStartWith("根据实际工作需要列支相关费用以保障各项工作顺利开展");
            (s["A17"], s["B17"], s["F17"]).ShouldBe(("总体目标", "实施期目标", "年度目标"));
            s["B18"].ShouldStartWith("为保障特殊参保人群");
            s["F18"].ShouldStartWith("为保障特殊参保人群");
        }

        [Fact]
        public void Prints_the_indicator_halves_side_by_side_with_merged_一级_cells()
        {
            var s = Sheet("离休干部业务经办费");
            new[] { "B19", "C19", "D19", "E19", "F19", "G19", "H19" }.Select(a => s[a])
                .ShouldBe(["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]);
            (s["A19"], s.MergeAt("A19")).ShouldBe(("绩效指标", "A19:A28"));
            (s["B20"], s.MergeAt("B20")).ShouldBe(("产出指标", "B20:B23"));
            (s["B24"], s.MergeAt("B24")).ShouldBe(("效益指标", "B24:B27"));
            s["B28"].ShouldBe("满意度指标");
            // 数量指标 服务人群类别 ≥3类 in both halves
            new[] { "C20", "D20", "E20", "F20", "G20", "H20" }.Select(a => s[a]).ShouldBe(["数量指标", "服务人群类别", "≥3类", "数量指标", "服务人群类别", "≥3类"]);
            // The 年度 half prints the 三级 name the seed cuts short (离休干部业务经) in full.
            new[] { "C23", "D23", "E23", "G23", "H23" }.Select(a => s[a]).ShouldBe(["成本指标", "离休干部业务经办成本", "≤16万元", "离休干部业务经办成本", "≤16万元"]);
            // the empty 经济效益指标 row is printed, as the form prints it
            (s["C24"], s["D24"], s["E24"], s["F24"]).ShouldBe(("经济效益指标", "", "", "经济效益指标"));
            (s["D28"], s["E28"], s["G28"], s["H28"]).ShouldBe(("参保对象满意度", "≥92%", "参保对象满意度", "≥92%"));
        }

        [Fact]
        public void Prints_the_sign_off_under_the_table()
        {
            var s = Sheet("离休干部业务经办费");
            new[] { "A29", "B29", "C29", "D29", "E29", "F29", "G29", "H29" }.Select(a => s[a])
                .ShouldBe(["负责人：", "", "经办人：", "苏媛渊", "联系电话：", "3032798", "填报日期：", "20211207171140"]);
        }

        [Fact]
        public void Prints_a_年度_value_that_differs_from_the_实施期_one()
        {
            // 慢性病鉴定和医药机构评估费: 项目总成本 ≤6万元 in 实施期, ≤5万元 in 年度; money 50,000.
            var s = Sheet("慢性病鉴定和医药机构评估费");
            int row = s.Row("C", "成本指标");
            (s[$"D{row}"], s[$"E{row}"], s[$"G{row}"], s[$"H{row}"]).ShouldBe(("项目总成本", "≤6万元", "项目总成本", "≤5万元"));
            s["E6"].ShouldBe("50000");
        }

        [Fact]
        public void Leaves_the_年度目标_empty_where_the_seed_prints_one_goal()
        {
            var s = Sheet("市直离休干部医药费");
            s["B18"].ShouldStartWith("2022年度市直离休干部及二等乙级以上革命伤残军人共计155人");
            s["F18"].ShouldBe("");
            (s["E6"], s["H6"]).ShouldBe(("8000000", "8000000"));
        }
    }

    public class TheWriteMethodOnTheXinglongSeed
    {
        private static XlsxSheets Book => RenderedSeeds.XinglongXlsx.Value;

        // Excel refuses [ ] in a sheet name: the project's brackets become 【】.
        private static XlsxSheets.Sheet First => Book["冀财社【2020】147号+中央财政医疗救助补助资金"];

        [Fact]
        public void Writes_23_sheets_with_unique_names_of_at_most_31_characters()
        {
            Book.Sheets.Count.ShouldBe(23);
            Book.Sheets.Select(s => s.Name).Distinct().Count().ShouldBe(23);
            Book.Sheets.ShouldAllBe(s => s.Name.Length <= 31);
            Book.Sheets[1].Name.ShouldBe("宣传印刷费");
            // 冀财社[2020]201号省级财政城乡居民医保村级代办员补助资金 has 32 characters: cut to 31.
            Book.Sheets[7].Name.ShouldBe("冀财社【2020】201号省级财政城乡居民医保村级代办员补助资");
        }

        [Fact]
        public void Prints_the_numbered_title_the_amount_unit_and_the_project()
        {
            var s = First;
            s["A1"].ShouldBe("1.冀财社[2020]147号+中央财政医疗救助补助资金绩效目标表");
            s["E2"].ShouldBe("单位：万元");
            (s["A3"], s["B3"], s["D3"], s["E3"]).ShouldBe(("项目编码", "130822213QR79I7RXI65C", "项目名称", "冀财社[2020]147号+中央财政医疗救助补助资金"));
        }

        [Fact]
        public void Prints_预算数_in_万元_with_two_decimals_and_其他资金_as_0()
        {
            var s = First;
            (s["A4"], s["B4"], s["C4"], s["D4"], s["E4"], s["F4"], s["G4"]).ShouldBe(("预算规模及\n资金用途", "预算数", "1077", "其中：财政资金", "1077", "其他资金", "0"));
            // 1077.00 and 0 as printed
            s.Format("C4").ShouldBe("0.00;-0.00;0");
            s.Format("G4").ShouldBe("0.00;-0.00;0");
            s["B5"].ShouldBe("落实省级财政医疗救助补助及时足额发放，用于符合条件的贫困人口及困难职工群众");
        }

        [Fact]
        public void Prints_the_spending_plan_with_its_shares()
        {
            var s = First;
            new[] { s["B6"], s["C6"], s["D6"], s["F6"] }.ShouldBe(["3月底", "6月底", "10月底", "12月底"]);
            new[] { s["B7"], s["C7"], s["D7"], s["F7"] }.ShouldBe(["0.25", "0.5", "0.75", "1"]);
            s.Format("B7").ShouldBe("0.00%");
            (s["A8"], s["B8"]).ShouldBe(("绩效目标", "1.医疗救助资金及时到位发放\n2.医疗救助资金足额发放"));
        }

        [Fact]
        public void Prints_the_indicators_with_their_description_value_and_basis()
        {
            var s = First;
            new[] { "A9", "B9", "C9", "D9", "F9", "G9" }.Select(a => s[a]).ShouldBe(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]);
            (s["A10"], s.MergeAt("A10")).ShouldBe(("产出指标", "A10:A13"));
            new[] { "B10", "C10", "D10", "F10", "G10" }.Select(a => s[a])
                .ShouldBe(["数量指标", "贫困人口全员补助", "贫困人口全员补助", "≥100贫困人口全员补助100%", "冀财社【2020】147号文件要求"]);
            new[] { "B12", "C12", "D12", "F12" }.Select(a => s[a])
                .ShouldBe(["时效指标", "完成率", "按照要求和计划完成研究任务的项目在所有立项项目中的比例（百分比）", "≥100完成率100%"]);
            // 效益指标: 经济效益, 社会效益, 可持续影响 (no 生态效益 on this form); then 满意度.
            (s["A14"], s.MergeAt("A14")).ShouldBe(("效益指标", "A14:A16"));
            (s["B15"], s["C15"], s["F15"]).ShouldBe(("社会效益指标", "群众投诉下降率%", "≥60群众投诉下降率60%以上"));
            (s["A17"], s["B17"], s["C17"], s["D17"]).ShouldBe(("满意度指标", "服务对象满意度指标", "群众满意度", "享受社会保障待遇人员满意度"));
        }
    }

    public class TheWriteMethodOnALongForm
    {
        [Fact]
        public void Runs_over_pages_one_wide_and_starts_the_goals_on_a_new_page()
        {
            // The first Xinzhou form with a 立项依据 of 3,000 characters: about 60 lines, more than a page even scaled.
            var form = RenderedSeeds.XinzhouForms.Value[0];
            var d = form.Declaration;
            var texts = d.Texts.Select(t => t.Heading == "立项依据" ? (t.Heading, string.Concat(Enumerable.Repeat("忻州市人民政府关于印发实施办法的通知。", 150))) : t).ToList();
            var longForm = form with { Project = form.Project with { Targets = d with { Texts = texts } } };

            var s = RenderedSeeds.Written([longForm]).Sheets.Single();

            s.Page.ShouldBe((9u, true, 1u, 0u));
            // rows 3–16 as in every form: identity, money (6–11), the five texts (12–16); 总体目标 at 17 starts page 2
            s["A17"].ShouldBe("总体目标");
            s.BreaksAfter.ShouldBe([16u]);
        }
    }

    public class TheWriteMethodGivenNoForms
    {
        [Fact]
        public void Refuses_and_writes_nothing()
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-forms-{Guid.NewGuid():N}.xlsx");
            var e = Should.Throw<DocumentWriteException>(() => TargetFormXlsxWriter.Write(Array.Empty<TargetForm>(), path));
            e.Message.ShouldContain("没有绩效目标表");
            File.Exists(path).ShouldBeFalse();
        }
    }
}
