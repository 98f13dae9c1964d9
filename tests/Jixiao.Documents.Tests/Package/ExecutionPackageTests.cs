using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;
using static Jixiao.Documents.Tests.Package.ProjectDataComparison;

namespace Jixiao.Documents.Tests.Package;

/// <summary>
/// A project's year in the data package: execution (<c>execution</c>), the evaluator's entries (<c>evaluation</c>) and
/// a self-evaluation as published (<c>publishedEvaluation</c>) — read field by field from a package typed by hand,
/// through a write and a read unchanged, errors with their paths.
/// </summary>
public class ExecutionPackageTests
{
    private const string Typed = """
        {
          "unit": { "code": "362001", "name": "兴隆县医疗保障局本级", "nature": "行政" },
          "fiscalYear": 2021,
          "lines": [ { "functional": "2101504", "kind": "项目支出", "source": "一般公共预算", "amount": 413200, "project": "P1" } ],
          "projects": [ {
            "code": "P1", "name": "代缴村级连接医保系统费用",
            "execution": {
              "adjustedBudget": [ { "source": "市县（区）财政资金", "amount": 400000 }, { "source": "中央财政资金", "amount": "13200.00" } ],
              "flows": [
                { "period": "第一季度", "source": "市县（区）财政资金", "released": 103300, "spent": 90000 },
                { "period": "4月", "source": "市县（区）财政资金", "released": "34433.33", "spent": 30000.5 },
                { "period": "Q3", "source": "中央财政资金", "released": 13200, "spent": 0 }
              ],
              "readings": [
                { "date": "2021-06-30", "level2": "数量指标", "indicator": "连接村数", "actual": "180个", "note": "上半年过半" },
                { "date": "2021-12-31", "indicator": "连接村数", "actual": "312个" }
              ],
              "explanation": "中央资金年中追加"
            },
            "evaluation": {
              "template": "national",
              "judged": [ { "item": "项目立项规范性", "score": 3 }, { "item": "业务管理/管理制度健全性", "score": 2.5, "band": "部分达成并具有一定效果" } ],
              "indicators": [
                { "name": "参保对象满意度", "level2": "服务对象满意度指标", "points": 10, "score": 9, "band": "达成年度指标", "deviation": "个别村网速慢" },
                { "name": "连接村数", "points": 20 }
              ],
              "texts": [ { "heading": "项目概况", "text": "为 312 个村连接医保系统" } ],
              "evaluators": [ { "name": "张三", "title": "科长", "office": "财务科", "phone": "0314-5051234" }, { "name": "李四" } ],
              "signOff": { "head": "王五", "handler": "张三", "phone": "5051234", "date": "2022-03-15" }
            },
            "publishedEvaluation": {
              "title": "兴隆县项目支出绩效自评表",
              "year": 2021, "department": "兴隆县医疗保障局", "budgetUnit": "兴隆县医疗保障局本级", "nature": "经常性项目", "period": "20210101至20211231",
              "funds": {
                "initialBudget": 413200,
                "budgeted": [ { "source": "本年财政拨款", "amount": 400000 }, { "source": "上年结转", "amount": 13200 } ],
                "released": 413200,
                "spent": [ { "source": "本年财政拨款", "amount": 395000.25 } ]
              },
              "texts": [ { "heading": "项目绩效情况", "text": "支付39.5万元" } ],
              "indicators": [
                { "level2": "数量指标", "name": "连接村数", "target": "≥312个", "actual": "312个", "progress": "100%", "points": 20, "score": 20 },
                { "level2": "服务对象满意度指标", "name": "参保对象满意度", "target": "≥90%", "actual": "", "deviation": "未调查" }
              ],
              "scores": [ { "section": "投入", "group": "资金落实", "name": "资金到位率", "points": 3, "score": 2.92 }, { "section": "投入", "group": "", "name": "预算执行率", "points": 3 } ],
              "sections": [ { "section": "投入", "points": 20, "score": 19.92 } ],
              "total": { "points": 100, "score": 94.92 },
              "grade": "优",
              "evaluators": [ { "name": "张三", "title": "科长" } ],
              "signOff": { "handler": "张三" },
              "template": "national"
            }
          } ]
        }
        """;

    private static Project Read(string json) => UnitBudgetPackage.Parse(json, "typed.json").Projects.Single();

    public class TheExecution
    {
        [Fact]
        public void Reads_field_by_field()
        {
            var x = Read(Typed).Execution.ShouldNotBeNull();

            x.AdjustedBudget.ShouldBe([(FundSource.Local, new Yuan(400_000m)), (FundSource.Central, new Yuan(13_200m))]);
            x.AdjustedTotal.ShouldBe(new Yuan(413_200m)); // 400,000 + 13,200
            x.Flows.ShouldBe([
                new FundsFlow(ExecutionPeriod.Quarter(1), FundSource.Local, new Yuan(103_300m), new Yuan(90_000m)),
                new FundsFlow(ExecutionPeriod.Month(4), FundSource.Local, new Yuan(34_433.33m), new Yuan(30_000.50m)),
                new FundsFlow(ExecutionPeriod.Quarter(3), FundSource.Central, new Yuan(13_200m), Yuan.Zero),
            ]);
            // through 6月: 103,300 + 34,433.33 released, 90,000 + 30,000.50 spent (Q3 ends in 9月)
            x.Through(6).ShouldBe((new Yuan(137_733.33m), new Yuan(120_000.50m)));
            x.Readings.Count.ShouldBe(2);
            (x.Readings[0].AsOf, x.Readings[0].Level2, x.Readings[0].Indicator, x.Readings[0].Actual.Text, x.Readings[0].Note)
                .ShouldBe((new DateOnly(2021, 6, 30), Level2Indicator.Quantity, "连接村数", "180个", "上半年过半"));
            (x.Readings[1].Level2, x.Readings[1].Note).ShouldBe((null, null));
            x.LatestReading("连接村数", null, new DateOnly(2021, 9, 30))!.Actual.Text.ShouldBe("180个");
            x.Explanation.ShouldBe("中央资金年中追加");
        }

        [Fact]
        public void Is_written_with_the_period_names_of_the_format()
        {
            var json = UnitBudgetPackage.Write(UnitBudgetPackage.Parse(Typed));

            json.ShouldContain("\"period\": \"第三季度\""); // read from “Q3”
            json.ShouldContain("\"period\": \"4月\"");
            json.ShouldContain("\"released\": 34433.33");
            json.ShouldContain("\"spent\": 30000.50");
            json.ShouldContain("\"date\": \"2021-06-30\"");
        }

        [Fact]
        public void An_empty_execution_is_kept_empty_and_none_is_none()
        {
            var empty = Read(Typed.Replace(Between(Typed, "\"execution\": {", "\"evaluation\""), "\"execution\": {}, ", StringComparison.Ordinal));
            empty.Execution.ShouldNotBeNull().IsEmpty.ShouldBeTrue();
            Read(UnitBudgetPackage.Write(new UnitBudget(Unit, new FiscalYear(2021), []) { Projects = [new Project("P1", "甲")] })).Execution.ShouldBeNull();
        }
    }

    public class TheEvaluation
    {
        [Fact]
        public void Reads_field_by_field()
        {
            var e = Read(Typed).Evaluation.ShouldNotBeNull();

            e.Template.ShouldBe("national");
            e.Judged.Count.ShouldBe(2);
            e.Judged["项目立项规范性"].ShouldBe(new JudgedScore(3m));
            e.Judged["业务管理/管理制度健全性"].ShouldBe(new JudgedScore(2.5m) { Band = "部分达成并具有一定效果" });
            e.Indicators.ShouldBe([
                new EvaluationInput.IndicatorEntry("参保对象满意度")
                {
                    Level2 = Level2Indicator.RecipientSatisfaction, Points = 10m, Judged = new JudgedScore(9m) { Band = "达成年度指标" }, Deviation = "个别村网速慢",
                },
                new EvaluationInput.IndicatorEntry("连接村数") { Points = 20m },
            ]);
            e.Texts.ShouldBe([("项目概况", "为 312 个村连接医保系统")]);
            e.Evaluators.ShouldBe([new Evaluator("张三", "科长", "财务科", "0314-5051234"), new Evaluator("李四", null, null, null)]);
            e.SignOff.ShouldBe(new SignOff("王五", "张三", "5051234", "2022-03-15"));
        }
    }

    public class ThePublishedEvaluation
    {
        [Fact]
        public void Reads_field_by_field_with_the_project_name_as_its_name()
        {
            var e = Read(Typed).PublishedEvaluation.ShouldNotBeNull();

            e.ProjectName.ShouldBe("代缴村级连接医保系统费用");
            (e.Title, e.Year, e.Department, e.BudgetUnit, e.Nature, e.Period)
                .ShouldBe(("兴隆县项目支出绩效自评表", 2021, "兴隆县医疗保障局", "兴隆县医疗保障局本级", ProjectNature.Recurring, "20210101至20211231"));
            e.Funds.InitialBudget.ShouldBe(new Yuan(413_200m));
            e.Funds.Budgeted.ShouldBe([("本年财政拨款", new Yuan(400_000m)), ("上年结转", new Yuan(13_200m))]);
            e.Funds.BudgetedTotal.ShouldBe(new Yuan(413_200m)); // 400,000 + 13,200
            e.Funds.Released.ShouldBe(new Yuan(413_200m));
            e.Funds.Spent.ShouldBe([("本年财政拨款", new Yuan(395_000.25m))]);
            e.Texts.ShouldBe([("项目绩效情况", "支付39.5万元")]);
            e.Indicators.Count.ShouldBe(2);
            var first = e.Indicators[0];
            (first.Level2, first.Name, first.Target.Text, first.Actual.Text, first.StatedProgress, first.Points, first.Score, first.Deviation)
                .ShouldBe((Level2Indicator.Quantity, "连接村数", "≥312个", "312个", "100%", 20m, 20m, null));
            var blank = e.Indicators[1];
            (blank.Actual.Kind, blank.StatedProgress, blank.Points, blank.Deviation).ShouldBe((TargetValueKind.Empty, null, null, "未调查"));
            e.Scores.ShouldBe([new ScoredItem("投入", "资金落实", "资金到位率", 3m, 2.92m), new ScoredItem("投入", "", "预算执行率", 3m, null)]);
            e.Sections.ShouldBe([new SectionScore("投入", 20m, 19.92m)]);
            e.Total.ShouldBe(new StatedScore(100m, 94.92m));
            e.Grade.ShouldBe("优");
            e.Evaluators.ShouldBe([new Evaluator("张三", "科长", null, null)]);
            e.SignOff.ShouldBe(new SignOff(null, "张三", null, null));
            e.Template.ShouldBe("national");
        }

        [Fact]
        public void A_form_name_other_than_the_project_name_is_kept()
        {
            var json = Typed.Replace("\"title\": \"兴隆县项目支出绩效自评表\",", "\"projectName\": \"村级医保系统\", \"title\": \"兴隆县项目支出绩效自评表\",", StringComparison.Ordinal);

            var p = Read(json);

            p.PublishedEvaluation!.ProjectName.ShouldBe("村级医保系统");
            Read(UnitBudgetPackage.Write(UnitBudgetPackage.Parse(json))).PublishedEvaluation!.ProjectName.ShouldBe("村级医保系统");
            UnitBudgetPackage.Write(UnitBudgetPackage.Parse(Typed)).ShouldNotContain("projectName");
        }

        [Fact]
        public void The_five_Jinzhong_evaluations_go_through_a_package_unchanged()
        {
            var read = PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Jinzhong), SeedFiles.Jinzhong).SelfEvaluations;
            read.Count.ShouldBe(5);
            var projects = read.Select((e, i) => new Project($"XM{i + 1:00}", e.ProjectName) { PublishedEvaluation = e }).ToArray();
            var budget = new UnitBudget(Unit, new FiscalYear(2021), []) { Projects = projects };

            var back = UnitBudgetPackage.Parse(UnitBudgetPackage.Write(budget), "jinzhong.json");

            for (int i = 0; i < 5; i++) ShouldBeSame(back.Projects[i].PublishedEvaluation, read[i], read[i].ProjectName);
            // 城乡居民基本医疗保险: 预算资金 市级预算资金 12920.21 万元 = 129,202,100 元; 综合得分 94.92 of 100
            var first = back.Projects[0].PublishedEvaluation!;
            first.Funds.Budgeted[0].ShouldBe(("市级预算资金", new Yuan(129_202_100m)));
            first.Total.ShouldBe(new StatedScore(100m, 94.92m));
        }
    }

    public class TheRoundTrip
    {
        [Fact]
        public void Gives_back_the_typed_package()
        {
            var typed = Read(Typed);

            var back = Read(UnitBudgetPackage.Write(UnitBudgetPackage.Parse(Typed)));

            ShouldBeSame(back.Execution, typed.Execution, "execution");
            ShouldBeSame(back.Evaluation, typed.Evaluation, "evaluation");
            ShouldBeSame(back.PublishedEvaluation, typed.PublishedEvaluation, "publishedEvaluation");
        }

        [Fact]
        public void Gives_back_data_built_in_code()
        {
            var project = new Project("P1", "甲")
            {
                Execution = new ProjectExecution
                {
                    Flows = [new FundsFlow(ExecutionPeriod.Month(12), FundSource.Fiscal, new Yuan(1.05m), new Yuan(0.99m))],
                    Readings = [new IndicatorReading(new DateOnly(2021, 1, 1), "甲", TargetValue.Parse("≥95%"))],
                },
                Evaluation = new EvaluationInput { Template = "shanxi" },
                PublishedEvaluation = new SelfEvaluation { ProjectName = "" },
            };

            var back = Read(UnitBudgetPackage.Write(new UnitBudget(Unit, new FiscalYear(2021), []) { Projects = [project] }));

            ShouldBeSame(back.Execution, project.Execution, "execution");
            ShouldBeSame(back.Evaluation, project.Evaluation, "evaluation");
            ShouldBeSame(back.PublishedEvaluation, project.PublishedEvaluation, "publishedEvaluation");
        }
    }

    public class TheErrors
    {
        private const string X = "$.projects[0].execution", E = "$.projects[0].evaluation", P = "$.projects[0].publishedEvaluation";

        [Theory]
        [InlineData("\"period\": \"第一季度\"", "\"period\": \"13月\"", X + ".flows[0].period", "期间：月份")]
        [InlineData("\"period\": \"4月\"", "\"period\": \"3月\"", X + ".flows[1].period", "不重叠（第 1 项已是市县（区）财政资金“第一季度”）")]
        [InlineData("\"source\": \"中央财政资金\", \"released\"", "\"source\": \"中央资金\", \"released\"", X + ".flows[2].source", "资金来源")]
        [InlineData("\"spent\": 90000", "\"spent\": -1", X + ".flows[0].spent", "不为负")]
        [InlineData("\"spent\": 90000", "\"spent\": 90000.001", X + ".flows[0].spent", "至多两位小数")]
        [InlineData(", \"spent\": 90000", "", X + ".flows[0].spent", "本期实际支出")]
        [InlineData("\"period\": \"第一季度\",", "\"period\": \"第一季度\", \"month\": 3,", X + ".flows[0].month", "资金执行的字段之一")]
        [InlineData("\"amount\": 400000 }", "\"amount\": -400000 }", X + ".adjustedBudget[0].amount", "不为负")]
        [InlineData("\"amount\": \"13200.00\"", "\"amount\": 1 }, { \"source\": \"中央财政资金\", \"amount\": 2", X + ".adjustedBudget[2].source", "只列一次")]
        [InlineData("\"date\": \"2021-06-30\"", "\"date\": \"2021/06/30\"", X + ".readings[0].date", "yyyy-MM-dd")]
        [InlineData("\"date\": \"2021-06-30\"", "\"date\": \"2022-06-30\"", X + ".readings[0].date", "2021 年内的日期")]
        [InlineData("\"date\": \"2021-06-30\"", "\"date\": \"2021-02-30\"", X + ".readings[0].date", "日期")]
        [InlineData("\"level2\": \"数量指标\", \"indicator\"", "\"level2\": \"数量\", \"indicator\"", X + ".readings[0].level2", "二级指标")]
        [InlineData("\"actual\": \"312个\"", "\"actual\": \"\"", X + ".readings[1].actual", "实际值")]
        [InlineData("\"actual\": \"312个\"", "\"actual\": 312", X + ".readings[1].actual", "实际值")]
        [InlineData("{ \"date\": \"2021-12-31\", \"indicator\": \"连接村数\"", "{ \"date\": \"2021-12-31\", \"indicator\": \"\"", X + ".readings[1].indicator", "三级指标名称")]
        [InlineData("\"actual\": \"312个\" }", "\"actual\": \"312个\" }, { \"date\": \"2021-12-31\", \"indicator\": \"连接村数\", \"actual\": \"1\" }",
            X + ".readings[2]", "同一指标同一日期只有一个实际值")]
        [InlineData("\"explanation\": \"中央资金年中追加\"", "\"explanation\": \"中央资金年中追加\", \"plan\": 1", X + ".plan", "执行情况的字段之一")]
        [InlineData("\"explanation\": \"中央资金年中追加\"", "\"explanation\": 1", X + ".explanation", "说明")]
        [InlineData("\"template\": \"national\",\n      \"judged\"", "\"judged\"", E + ".template", "评分模板")]
        [InlineData("\"score\": 3 }", "\"score\": 101 }", E + ".judged[0].score", "0–100")]
        [InlineData("\"score\": 3 }", "\"score\": 2.925 }", E + ".judged[0].score", "至多两位小数")]
        [InlineData("\"item\": \"业务管理/管理制度健全性\"", "\"item\": \"项目立项规范性\"", E + ".judged[1].item", "只评一次")]
        [InlineData("{ \"name\": \"连接村数\", \"points\": 20 }", "{ \"name\": \"连接村数\", \"points\": 0 }", E + ".indicators[1].points", "大于 0")]
        [InlineData("{ \"name\": \"连接村数\", \"points\": 20 }", "{ \"name\": \"连接村数\", \"band\": \"达成年度指标\" }", E + ".indicators[1].score", "填了 band 就须填 score")]
        [InlineData("{ \"name\": \"连接村数\", \"points\": 20 }", "{ \"name\": \"参保对象满意度\", \"level2\": \"服务对象满意度指标\" }", E + ".indicators[1].name", "只录入一次")]
        [InlineData("{ \"name\": \"李四\" }", "{ \"name\": \"\" }", E + ".evaluators[1].name", "姓名")]
        [InlineData("\"signOff\": { \"head\": \"王五\"", "\"signOff\": { \"boss\": \"王五\"", E + ".signOff.boss", "签署的字段之一")]
        [InlineData("\"year\": 2021", "\"year\": 21", P + ".year", "四位数")]
        [InlineData("\"nature\": \"经常性项目\"", "\"nature\": \"长期\"", P + ".nature", "项目属性")]
        [InlineData("\"amount\": 395000.25", "\"amount\": 395000.255", P + ".funds.spent[0].amount", "至多两位小数")]
        [InlineData("{ \"source\": \"上年结转\", \"amount\": 13200 }", "{ \"amount\": 13200 }", P + ".funds.budgeted[1].source", "所印的资金来源")]
        [InlineData("\"released\": 413200,", "\"released\": 413200, \"paid\": 1,", P + ".funds.paid", "项目资金情况的字段之一")]
        [InlineData("{ \"level2\": \"数量指标\", \"name\": \"连接村数\"", "{ \"name\": \"连接村数\"", P + ".indicators[0].level2", "二级指标")]
        [InlineData("\"progress\": \"100%\"", "\"progress\": 100", P + ".indicators[0].progress", "完成进度")]
        [InlineData("\"name\": \"资金到位率\", \"points\": 3", "\"name\": \"资金到位率\"", P + ".scores[0].points", "指标分值")]
        [InlineData("\"group\": \"\", ", "", P + ".scores[1].group", "二级指标")]
        [InlineData("\"score\": 19.92", "\"score\": \"19.92分\"", P + ".sections[0].score", "得分")]
        [InlineData("\"total\": { \"points\": 100,", "\"total\": {", P + ".total.points", "分值")]
        [InlineData("\"grade\": \"优\"", "\"grade\": \"优\", \"grade\": \"良\"", P + ".grade", "每个字段只出现一次")]
        [InlineData("\"template\": \"national\"\n    }", "\"template\": \"national\", \"line\": 3\n    }", P + ".line", "公开的绩效自评表的字段之一")]
        public void A_wrong_field_is_an_error_at_its_path(string old, string replacement, string path, string expected)
        {
            var json = Typed.Replace(old, replacement, StringComparison.Ordinal);
            json.ShouldNotBe(Typed, old);
            var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "bad.json"));
            e.Errors.ShouldContain(x => x.Path == path && x.Expected.Contains(expected, StringComparison.Ordinal),
                string.Join("\n", e.Errors.Select(x => $"{x.Path}: {x.Expected} / {x.Found}")));
        }

        [Fact]
        public void Every_error_of_the_three_blocks_is_reported_at_once()
        {
            var json = Typed.Replace("\"period\": \"第一季度\"", "\"period\": \"十三月\"", StringComparison.Ordinal)
                .Replace("\"score\": 3 }", "\"score\": -1 }", StringComparison.Ordinal)
                .Replace("\"year\": 2021", "\"year\": \"2021\"", StringComparison.Ordinal);

            var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "bad.json"));

            e.Errors.Select(x => x.Path).ShouldBe([X + ".flows[0].period", E + ".judged[0].score", P + ".year"], ignoreOrder: true);
            e.Errors.ShouldAllBe(x => x.File == "bad.json");
        }

        [Fact]
        public void An_overlap_and_a_repeated_reading_are_reported_beside_a_bad_item()
        {
            // flows[2] has an unknown source; flows[1] 3月 still overlaps flows[0] 第一季度, and a second reading of 连接村数 on
            // 2021-12-31 still repeats readings[1] although readings[0] has a bad date
            var json = Typed.Replace("\"period\": \"4月\"", "\"period\": \"3月\"", StringComparison.Ordinal)
                .Replace("\"period\": \"Q3\", \"source\": \"中央财政资金\"", "\"period\": \"Q3\", \"source\": \"火星资金\"", StringComparison.Ordinal)
                .Replace("\"date\": \"2021-06-30\"", "\"date\": \"2021-06-31\"", StringComparison.Ordinal)
                .Replace("\"actual\": \"312个\" }", "\"actual\": \"312个\" }, { \"date\": \"2021-12-31\", \"indicator\": \"连接村数\", \"actual\": \"1\" }", StringComparison.Ordinal);

            var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "bad.json"));

            e.Errors.Select(x => x.Path).ShouldBe(
                [X + ".flows[2].source", X + ".readings[0].date", X + ".flows[1].period", X + ".readings[2]"], ignoreOrder: true);
        }

        [Fact]
        public void A_date_is_refused_outside_the_year_of_its_own_budget_not_of_another()
        {
            // last year's budget (priorYear 2020) holds a project with a reading of 2020: within its own year
            var prior = "\"priorYear\": { \"fiscalYear\": 2020, \"lines\": [], \"projects\": [ { \"code\": \"Q\", \"name\": \"乙\", " +
                "\"execution\": { \"readings\": [ { \"date\": \"2020-12-31\", \"indicator\": \"甲\", \"actual\": \"1个\" } ] } } ] }";
            var json = Typed.TrimEnd().TrimEnd('}') + ", " + prior + " }";

            UnitBudgetPackage.Parse(json).PriorYear!.Projects[0].Execution!.Readings[0].AsOf.ShouldBe(new DateOnly(2020, 12, 31));
            Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json.Replace("2020-12-31", "2021-12-31", StringComparison.Ordinal)))
                .Errors.ShouldHaveSingleItem().Path.ShouldBe("$.priorYear.projects[0].execution.readings[0].date");
        }
    }

    private static readonly BudgetUnit Unit = new("362001", "兴隆县医疗保障局本级", UnitNature.Administrative);

    private static string Between(string s, string from, string to)
    {
        int a = s.IndexOf(from, StringComparison.Ordinal), b = s.IndexOf(to, a, StringComparison.Ordinal);
        return s[a..b];
    }
}
