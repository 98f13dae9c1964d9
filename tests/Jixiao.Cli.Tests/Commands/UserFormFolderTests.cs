using System.Diagnostics;
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
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jixiao.dll"));
        start.ArgumentList.Add("rules");
        start.Environment["JIXIAO_DATA"] = data;

        using var p = Process.Start(start)!;
        // the layout is read before the command runs: nothing reaches stdout, stderr is one line
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit(60_000).ShouldBeTrue();

        p.ExitCode.ShouldBe(2);
        stderr.Trim().ShouldStartWith($"表样文件 {file}：blocks[0].cells[1].field：未知的字段“项目名称”");
    }
}
