using Jixiao.Budget;

namespace Jixiao.Targets;

/// <summary>The published layouts of a target form (performance-targets-domain.md); each is described by a layout file.</summary>
public enum TargetFormLayout
{
    /// <summary>项目支出绩效目标申报表 (Shanxi): two columns 实施期 / 年度, two indicator halves.</summary>
    Shanxi,
    /// <summary>绩效目标表 (Hebei): one year, 资金支出计划, indicator descriptions and bases.</summary>
    Hebei,
    /// <summary>项目支出绩效目标申报表 of the central departments (财预〔2015〕88号): two columns 中期 / 年度 in 万元, two indicator halves.</summary>
    National,
}

/// <summary>
/// A target form as published: the project it declares (code, name and its <see cref="Project.Targets"/>), the year in
/// its title (<c>（2022年度）</c>), its layout, the line it starts on, what its layout declares of it
/// (<paramref name="Shape"/>: its name in findings, its halves, its goal headings — from the layout a reader read it in,
/// or for a unit's own data from the layout it is printed in) and what could not be read on it.
/// </summary>
public sealed record TargetForm(Project Project, TargetFormLayout Layout, int Line, TargetFormShape Shape)
{
    /// <summary>
    /// The id of the layout file the form was read in (<c>shanxi-target-declaration</c>, a user's own), so that it prints
    /// in that layout again; null for a form of a unit's own data, printed in the shipped layout of <see cref="Layout"/>.
    /// </summary>
    public string? LayoutId { get; init; }

    /// <summary>The line the form starts on in its document; null for a form of a unit's own data (no document).</summary>
    public int? PrintedLine => Line > 0 ? Line : null;

    /// <summary>Where a finding on <paramref name="indicator"/> points: its own row when known, else the form's first line.</summary>
    public int? LineOf(Indicator indicator) => indicator.Line > 0 ? indicator.Line : PrintedLine;

    /// <summary>The declaration (never null on a form read from a document).</summary>
    public TargetDeclaration Declaration => Project.Targets ?? new TargetDeclaration();

    /// <summary>The fiscal year the form's title names; null when it names none.</summary>
    public int? Year { get; init; }

    /// <summary>The title as printed (<c>忻州市市级预算部门（单位）项目支出绩效目标申报表</c>).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The 年度资金总额 (Shanxi, 元) or 预算数 (Hebei, 万元) as printed, with its decimals and unit — what the disclosure's
    /// tables are compared with (XT-10/11). The same amount is in <see cref="TargetDeclaration.AnnualFunds"/> in 元.
    /// </summary>
    public (Money.Figure Figure, string Unit)? PrintedTotal { get; init; }

    /// <summary>
    /// False for a form printed without any indicator table (a summary of name, money and goal): its indicators are
    /// unknown, not absent, so the indicator rules lack data rather than fail. A table printed with no row is absent.
    /// </summary>
    public bool IndicatorsPrinted { get; init; } = true;

    /// <summary>Fields printed but not readable (a money cell holding words …), each with the line and what was expected.</summary>
    public IReadOnlyList<FormReadProblem> Problems { get; init; } = [];
}

/// <summary>A field of a form that could not be read: where, what was printed, what was expected.</summary>
public sealed record FormReadProblem(int Line, string Field, string Printed, string Expected);
