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
