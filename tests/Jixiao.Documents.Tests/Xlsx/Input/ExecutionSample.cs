namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// The Xinzhou sample (<see cref="XinzhouSample"/>, 2022) with a year of execution and a self-evaluation typed in, the
/// way its unit would: the budget raised by 30,000 元 and 20,000.50 元 of 单位自筹 added, money released and spent by
/// quarter and month, actuals of its year indicators, and its self-evaluation under the national template; a second
/// project, without targets, evaluated under the Shanxi template. Every figure is made up (the seed has none).
/// </summary>
internal static class ExecutionSample
{
    public const string Second = "14090022QTXMBJF0002"; // made up
    public const string SecondName = "医保经办能力建设";

    public const string Overview = "为离休干部等特殊参保人群提供医疗保障经办服务。";
    public const string Performance = "全年服务离休干部等4类人群，参保对象满意度95%。";
    public const string FlowNote = "7月垫付离休干部医疗费，8月拨付到位";
    public const string SatisfactionNote = "部分参保对象对经办时限不满意，下一年度压缩办理时限";

    /// <summary>Fills <see cref="XinzhouSample"/>, registers <see cref="Second"/> on 项目 row 3, and fills the five sheets.</summary>
    public static TestWorkbook Fill(TestWorkbook wb)
    {
        XinzhouSample.Fill(wb);
        const string p = XinzhouSample.Project;
        wb.Row("项目", 3, ("项目编码", Second), ("项目名称", SecondName));

        wb.Row("预算调整", 2, ("项目编码", p), ("资金来源", "市县（区）财政资金"), ("全年预算数（元）", 180_000m))
          .Row("预算调整", 3, ("项目编码", p), ("资金来源", "单位自筹"), ("全年预算数（元）", "20,000.50"));

        wb.Row("资金执行", 2, ("项目编码", p), ("期间", "第一季度"), ("资金来源", "市县（区）财政资金"), ("下达（到位）金额（元）", 50_000m), ("实际支出（元）", 30_000.25m))
          .Row("资金执行", 3, ("项目编码", p), ("期间", "Q2"), ("资金来源", "市级财政资金"), ("下达（到位）金额（元）", 50_000m))
          .Row("资金执行", 4, ("项目编码", p), ("期间", new DateTime(2022, 7, 31)), ("资金来源", "市县（区）财政资金"), ("实际支出（元）", 60_000m), ("说明", FlowNote))
          .Row("资金执行", 5, ("项目编码", p), ("期间", "8月"), ("资金来源", "单位自筹"), ("下达（到位）金额（元）", "20,000.50"), ("实际支出（元）", 20_000.50m));

        wb.Row("指标完成", 2, ("项目编码", p), ("日期", "2022-06-30"), ("三级指标", "服务人群类别"), ("实际完成值", "3类"))
          .Row("指标完成", 3, ("项目编码", p), ("日期", new DateTime(2022, 12, 31)), ("二级指标", "数量指标"), ("三级指标", "服务人群类别"), ("实际完成值", "4类"))
          .Row("指标完成", 4, ("项目编码", p), ("日期", "2022/12/31"), ("三级指标", "参保对象满意度"), ("实际完成值", "95%"), ("偏差说明", SatisfactionNote))
          .Row("指标完成", 5, ("项目编码", p), ("日期", "2022年12月31日"), ("三级指标", "离休干部业务经办成本"), ("实际完成值", "15.6万元"))
          .Row("指标完成", 6, ("项目编码", p), ("日期", "2022-12-31"), ("三级指标", "工作效率提升度"), ("实际完成值", "显著提升"));

        // The national template is chosen on row 4 only, the Shanxi one on row 6 by its id.
        wb.Row("自评评分", 2, ("项目编码", p), ("评分项", "参保对象满意度"), ("分值", 10), ("得分", 9), ("偏差原因分析及改进措施", SatisfactionNote))
          .Row("自评评分", 3, ("项目编码", p), ("评分项", "工作效率提升度"), ("分值", 15), ("得分", 13.5m), ("档次", "达成年度指标"))
          .Row("自评评分", 4, ("项目编码", p), ("评分模板", "项目支出绩效自评表（财预〔2020〕10号）"), ("评分项", "数量指标/服务人群类别"), ("偏差原因分析及改进措施", "超额完成1类"))
          .Row("自评评分", 5, ("项目编码", p), ("评分项", "预算执行率"), ("得分", 9.5m))
          .Row("自评评分", 6, ("项目编码", Second), ("评分模板", "shanxi"), ("评分项", "项目立项规范性"), ("得分", 3))
          .Row("自评评分", 7, ("项目编码", Second), ("评分项", "业务管理/管理制度健全性"), ("分值", 3), ("得分", 2.5m))
          .Row("自评评分", 8, ("项目编码", Second), ("评分项", "财务管理／管理制度健全性"), ("得分", 3))
          .Row("自评评分", 9, ("项目编码", Second), ("评分项", "资金到位率"), ("得分", 2.9m));

        wb.Row("自评信息", 2, ("项目编码", p), ("栏目", "项目概况"), ("内容", Overview))
          .Row("自评信息", 3, ("项目编码", p), ("栏目", "项目绩效情况"), ("内容", Performance))
          .Row("自评信息", 4, ("项目编码", p), ("栏目", "评价人员"), ("内容", "苏媛渊，科长，财务科，0350-3032798"))
          .Row("自评信息", 5, ("项目编码", p), ("栏目", "评价人员"), ("内容", "张三 3032799"))
          .Row("自评信息", 6, ("项目编码", p), ("栏目", "负责人"), ("内容", "李四"))
          .Row("自评信息", 7, ("项目编码", p), ("栏目", "填报日期"), ("内容", "2023-01-15"))
          .Row("自评信息", 8, ("项目编码", Second), ("栏目", "评价人员"), ("内容", "王五、会计师"));
        return wb;
    }
}
