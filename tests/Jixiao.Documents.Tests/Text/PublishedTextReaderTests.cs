using Jixiao.Disclosures;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Text;

public class PublishedTextReaderTests
{
    public class TheReadMethodOnTheXinglongSeed
    {
        private static readonly Disclosure Seed = PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Xinglong), SeedFiles.Xinglong);

        [Fact]
        public void Recognises_the_nine_tables_of_set_H_with_unit_and_year()
        {
            Seed.Kind.ShouldBe(DocumentKind.UnitBudget);
            Seed.Set.Id.ShouldBe("H");
            Seed.Tables.Select(t => t.Template.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9]);
            Seed.UnitCode.ShouldBe("362001");
            Seed.UnitName.ShouldBe("兴隆县医疗保障局本级");
            Seed.Year!.Value.Value.ShouldBe(2021);
            Seed.ReadFindings.ShouldBeEmpty();
        }

        // Figures as printed in the seed (table, part, row key, column key, printed value), copied by hand from the file.
        public static TheoryData<string, string, string, string, string> PrintedFigures => new()
        {
            { "H1", "income", "general", "amount", "6596.36" },
            { "H1", "income", "income-total", "amount", "6596.36" },
            { "H1", "income", "grand-total", "amount", "6596.36" },
            { "H1", "income", "fund", "amount", "0" },
            { "H1", "expenditure", "208", "amount", "53.84" },
            { "H1", "expenditure", "210", "amount", "6523.54" },
            { "H1", "expenditure", "221", "amount", "18.98" },
            { "H1", "expenditure", "201", "amount", "0" },
            { "H1", "expenditure", "expenditure-total", "amount", "6596.36" },
            { "H1", "expenditure", "grand-total", "amount", "6596.36" },
            { "H2", "main", "total", "total", "6596.36" },
            { "H2", "main", "total", "subtotal", "6596.36" },
            { "H2", "main", "total", "fiscal", "6596.36" },
            { "H2", "main", "total", "carry-over", "0" },
            { "H2", "main", "20805", "total", "48.84" },
            { "H2", "main", "2080501", "fiscal", "10.88" },
            { "H2", "main", "2080505", "total", "25.31" },
            { "H2", "main", "2080506", "subtotal", "12.65" },
            { "H2", "main", "2101202", "total", "3450.00" },
            { "H2", "main", "2101301", "fiscal", "2454.00" },
            { "H2", "main", "21015", "total", "564.55" },
            { "H2", "main", "2101501", "total", "481.39" },
            { "H2", "main", "2101504", "total", "83.16" },
            { "H2", "main", "2210201", "total", "18.98" },
            { "H3", "main", "total", "total", "6596.36" },
            { "H3", "main", "total", "basic", "298.30" },
            { "H3", "main", "total", "project", "6298.06" },
            { "H3", "main", "208", "basic", "48.84" },
            { "H3", "main", "208", "project", "5.00" },
            { "H3", "main", "210", "basic", "230.48" },
            { "H3", "main", "210", "project", "6293.06" },
            { "H3", "main", "21011", "basic", "14.99" },
            { "H3", "main", "21012", "project", "3450.00" },
            { "H3", "main", "21014", "project", "40.00" },
            { "H3", "main", "21015", "basic", "215.49" },
            { "H3", "main", "21015", "project", "349.06" },
            { "H3", "main", "2101501", "project", "265.90" },
            { "H3", "main", "2101504", "project", "83.16" },
            { "H3", "main", "221", "basic", "18.98" },
            { "H4", "income", "general", "amount", "6596.36" },
            { "H4", "income", "grand-total", "amount", "6596.36" },
            { "H4", "expenditure", "208", "general", "53.84" },
            { "H4", "expenditure", "210", "total", "6523.54" },
            { "H4", "expenditure", "221", "general", "18.98" },
            { "H4", "expenditure", "grand-total", "general", "6596.36" },
            { "H5", "main", "total", "basic", "298.30" },
            { "H5", "main", "total", "personnel", "282.12" },
            { "H5", "main", "total", "operating", "16.18" },
            { "H5", "main", "total", "project", "6298.06" },
            { "H5", "main", "208", "personnel", "47.96" },
            { "H5", "main", "208", "operating", "0.88" },
            { "H5", "main", "2080501", "personnel", "10.00" },
            { "H5", "main", "20899", "project", "5.00" },
            { "H5", "main", "210", "personnel", "215.18" },
            { "H5", "main", "210", "operating", "15.30" },
            { "H5", "main", "2101501", "personnel", "200.19" },
            { "H5", "main", "2101501", "project", "265.90" },
            { "H6", "main", "total", "total", "298.30" },
            { "H6", "main", "total", "personnel", "282.12" },
            { "H6", "main", "301", "total", "272.05" },
            { "H6", "main", "30101", "personnel", "100.45" },
            { "H6", "main", "30102", "total", "33.52" },
            { "H6", "main", "30107", "total", "40.29" },
            { "H6", "main", "30113", "personnel", "18.98" },
            { "H6", "main", "302", "operating", "16.18" },
            { "H6", "main", "30201", "operating", "4.55" },
            { "H6", "main", "30229", "total", "4.05" },
            { "H6", "main", "30231", "operating", "1.50" },
            { "H6", "main", "30299", "total", "0.88" },
            { "H6", "main", "303", "personnel", "10.07" },
            { "H6", "main", "30309", "total", "0.07" },
            { "H7", "main", "total", "total", "0.00" },
            { "H9", "main", "total", "total", "2.50" },
            { "H9", "main", "subtotal", "general", "2.50" },
            { "H9", "main", "vehicles", "total", "1.50" },
            { "H9", "main", "vehicle-operation", "general", "1.50" },
            { "H9", "main", "vehicle-purchase", "total", "0" },
            { "H9", "main", "hospitality", "total", "1.00" },
            { "H9", "main", "abroad", "total", "0" },
        };

        [Theory]
        [MemberData(nameof(PrintedFigures))]
        public void Reads_each_printed_figure_into_its_row_and_column(string table, string part, string row, string column, string printed)
        {
            var p = Seed.Table(table)!.Part(part)!;
            var r = p.Row(row);
            r.ShouldNotBeNull($"{table}/{part} has no row {row}");
            var value = r.Values[p.Template.ColumnIndex(column)];
            value.ShouldNotBeNull();
            value.Value.Value.ShouldBe(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Keeps_the_printed_names_of_rows()
        {
            Seed.Table("H1")!.Part("expenditure")!.Row("210")!.Label.ShouldBe("十、医疗卫生与计划生育支出");
            Seed.Table("H3")!.Part("main")!.Row("2101202")!.Label.ShouldBe("财政对城乡居民基本医疗保险基金的补助");
            Seed.Table("H6")!.Part("main")!.Row("30110")!.Label.ShouldBe("城镇职工基本医疗保险缴费");
        }

        [Fact]
        public void Reads_the_notes_of_the_empty_tables()
        {
            Seed.Table("H7")!.Note.ShouldBe("注：无政府基金预算，空表列示。");
            Seed.Table("H8")!.Note.ShouldBe("注：无国有资本经营预算财政拨款预算，空表列示。");
        }

        [Fact]
        public void Reads_the_23_projects_of_the_performance_tables()
        {
            Seed.Projects.Count.ShouldBe(23);
            Seed.Projects[0].Name.ShouldBe("冀财社[2020]147号+中央财政医疗救助补助资金");
            Seed.Projects[0].Code.ShouldBe("130822213QR79I7RXI65C");
            Seed.Projects[0].Amount!.Value.Value.ShouldBe(1077.00m);
            // 1077 + 10 + 20 + 2 + 80 + 6.6 + 3 + 5 + 10 + 6 + 450 + 41.32 + 75 + 15 + 16.8 + 143 + 5 + 120 + 0.84 + 17.5 + 3000 + 40 + 1154
            Seed.Projects.Sum(p => p.Amount!.Value.Value).ShouldBe(6298.06m);
        }

        [Fact]
        public void Keeps_the_explanations_as_paragraphs_with_their_sections()
        {
            var p = Seed.Paragraphs.Single(x => x.Text.StartsWith("收支预算总表支出栏", StringComparison.Ordinal));
            p.Text.ShouldContain("2022年单位支出预算为6596.36万元");
            p.Section.ShouldBe("2、支出说明");
            Seed.Paragraphs.ShouldContain(x => x.Text.StartsWith("医保局运行经费共计安排16.18万元", StringComparison.Ordinal));
        }
    }

    public class TheReadMethodOnTabSeparatedText
    {
        private const string Text =
            "单位预算支出总表\t\t\n" +
            "123456某县医疗保障局\t预算年度：2022\t单位：万元\n" +
            "序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
            "1\t\t合计\t1,000.50\t600.50\t400.00\n" +
            "2\t210\t卫生健康支出\t1,000.50\t600.50\t400.00\n" +
            "3\t21015\t医疗保障管理事务\t1,000.50\t600.50\t400.00\n" +
            "4\t2101501\t行政运行\t600.50\t600.50\n" +
            "5\t2101506\t医疗保障经办事务\t400.00\t\t400.00\n";

        [Fact]
        public void Reads_rows_whose_trailing_empty_cells_are_cut_and_reports_the_columns_it_lacks()
        {
            var d = PublishedTextReader.Read(Text, "t.txt");
            var part = d.Table("H3")!.Part("main")!;
            part.Row("2101501")!.Values[1]!.Value.Value.ShouldBe(600.50m);
            part.Row("2101506")!.Values[2]!.Value.Value.ShouldBe(400.00m);
            part.Row("total")!.Values[0]!.Value.Value.ShouldBe(1000.50m);
            d.Year!.Value.Value.ShouldBe(2022);
            d.UnitCode.ShouldBe("123456");
        }
    }

    public class TheReadMethodOnOtherKinds
    {
        [Fact]
        public void Tells_a_performance_target_declaration_and_a_self_evaluation_from_a_budget()
        {
            PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Xinzhou), "x").Kind.ShouldBe(DocumentKind.PerformanceTargets);
            PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Jinzhong), "j").Kind.ShouldBe(DocumentKind.SelfEvaluation);
        }

        [Fact]
        public void Reads_an_empty_text_as_a_document_without_tables()
        {
            var d = PublishedTextReader.Read("", "empty.txt");
            d.Tables.ShouldBeEmpty();
            d.Kind.ShouldBe(DocumentKind.Unknown);
        }
    }
}
