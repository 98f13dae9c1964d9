using Shouldly;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// The user's form layouts in JIXIAO_DATA/forms (docs/form-layouts.md), read when jixiao starts. Run as a separate
/// process: the variable is the process's.
/// </summary>
public class UserFormFolderTests
{
    [Fact]
    public void GivenALayoutFileWithAnUnknownField_WhenJixiaoStarts_ThenItStopsNamingTheFileAndTheField()
    {
        var data = Path.Combine(Path.GetTempPath(), "jixiao-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(data, "forms"));
        var file = Path.Combine(data, "forms", "province.json");
        File.WriteAllText(file, """
            { "id": "province", "kind": "self-evaluation", "name": "某省自评表",
              "title": { "text": "某省项目支出绩效自评表", "endsWith": "绩效自评表" }, "columns": [10, 10],
              "recognise": { "labels": ["某省"], "atLeast": 1 },
              "blocks": [ { "type": "line", "cells": [ { "label": "项目名称", "at": 1 }, { "field": "项目名称", "at": 2 } ] } ] }
            """);
        // the layout is read before the command runs: nothing reaches stdout, stderr is one line
        var (exit, stdout, stderr) = JixiaoProcess.Run(data, "rules");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().ShouldStartWith($"表样文件 {file}：blocks[0].cells[1].field：未知的字段“项目名称”");
    }
}

/// <summary>A target form read in a user's own layout prints in that layout again, not in the shipped one of its shape.</summary>
public class UserTargetLayoutTests
{
    [Fact]
    public void GivenAFormReadInTheUsersOwnTargetLayout_WhenPrinted_ThenItIsPrintedInThatLayout()
    {
        var data = Path.Combine(Path.GetTempPath(), "jixiao-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(data, "forms"));
        File.WriteAllText(Path.Combine(data, "forms", "province-target.json"), """
            { "id": "province-target", "kind": "target-declaration", "name": "某省绩效目标填报表",
              "title": { "text": "项目支出绩效目标填报表", "endsWith": "绩效目标填报表" },
              "shape": { "formName": "绩效目标填报表", "hasImplementationPeriod": false, "annualGoal": "年度目标" },
              "columns": [12, 20, 14],
              "recognise": { "labels": ["年度资金总额"], "atLeast": 1 },
              "blocks": [
                { "type": "line", "cells": [ { "label": "项目名称", "at": 1 }, { "field": "projectName", "at": 2, "span": 2 } ] },
                { "type": "line", "cells": [ { "label": "年度资金总额", "at": 1 }, { "field": "funds.annual", "format": "amount", "at": 2, "span": 2 } ] },
                { "type": "line", "cells": [ { "label": "年度目标", "at": 1 }, { "field": "goal.annual", "at": 2, "span": 2 } ] },
                { "type": "indicators", "columns": [
                  { "label": "二级指标", "field": "level2", "format": "value", "at": 1 },
                  { "label": "三级指标", "field": "name", "at": 2 },
                  { "label": "指标值", "field": "target", "format": "value", "at": 3 } ] } ] }
            """);
        var input = Path.Combine(data, "forms.txt");
        File.WriteAllText(input, "某省项目支出绩效目标填报表\n项目名称\t道路养护\n年度资金总额\t120.00\n年度目标\t完成道路养护\n二级指标\t三级指标\t指标值\n数量指标\t养护里程\t≥50公里\n");
        var output = Path.Combine(data, "out.html");

        var (exit, _, stderr) = JixiaoProcess.Run(data, "forms", input, "-o", output);

        exit.ShouldBe(0, stderr);
        var html = File.ReadAllText(output);
        // the user's rows, as the user's layout lays them out — not the Hebei 预算规模及资金用途 of the same shape
        html.ShouldContain("<h2>某省项目支出绩效目标填报表</h2>");
        html.ShouldContain("<th scope=\"row\">年度资金总额</th><td class=\"num\" colspan=\"2\">120.00</td>");
        html.ShouldContain("<td class=\"value\">数量指标</td><td>养护里程</td><td class=\"value\">≥50公里</td>");
        html.ShouldNotContain("预算规模");
    }
}
