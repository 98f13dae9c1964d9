using Jixiao.Application.Demo;
using Jixiao.Documents.Text;
using Jixiao.Targets;

namespace Jixiao.Application.Targets;

/// <summary>
/// The target forms shipped as seeds of the indicator library (published documents of two 医疗保障局): what the CLI's
/// <c>indicators</c> lists without files, and what the web's suggestions start from before the system has forms of its own.
/// </summary>
public static class SeedLibrary
{
    /// <summary>The seeds: resource name and what it is.</summary>
    public static readonly IReadOnlyList<(string Resource, string Title)> Seeds =
    [
        ("xinzhou-2022-performance-targets.txt", "忻州市医疗保障局 2022 年项目支出绩效目标申报表"),
        (DemoFiles.UnitBudgetText, "兴隆县医疗保障局本级 2021 年单位预算公开中的绩效目标表"),
    ];

    /// <summary>The target forms of one seed, as its text was published.</summary>
    public static IReadOnlyList<TargetForm> Forms(string resource) => PublishedTextReader.Read(DemoFiles.Text(resource), resource).TargetForms;
}
