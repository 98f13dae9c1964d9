using System.Globalization;
using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Documents.Package;
using Jixiao.Money;

namespace Jixiao.Web.Records;

/// <summary>
/// A budget line as typed into the form: every field text, so that what was typed is kept when it is refused; turned
/// into a <see cref="BudgetLine"/> with an error per field, in Chinese, saying what was expected.
/// </summary>
public sealed class LineInput
{
    public string? Id { get; set; }
    public string? Functional { get; set; }
    public string? Economic { get; set; }
    public string? Kind { get; set; }
    public string? Source { get; set; }
    public string? Project { get; set; }
    public string? Amount { get; set; }
    public bool CarryOver { get; set; }

    public static LineInput Of(BudgetLine line) => new()
    {
        Id = line.Id, Functional = line.Functional.Value, Economic = line.Economic?.Value, Kind = PackageNames.Kinds.Name(line.Kind),
        Source = PackageNames.Sources.Name(line.Source), Project = line.ProjectCode, Amount = line.Amount.Value.ToString("0.00", CultureInfo.InvariantCulture),
        CarryOver = line.CarryOver,
    };

    /// <summary>The line, or null with <paramref name="errors"/> (field → message) saying what is wrong.</summary>
    public BudgetLine? ToLine(UnitBudget budget, Dictionary<string, string> errors)
    {
        FunctionalCode? functional = null;
        if (!FunctionalCode.TryParse(Functional?.Trim(), out functional))
            errors[nameof(Functional)] = $"功能科目应为以 2 开头的 3、5 或 7 位数字编码（细化到项为 7 位，如 2101501）；所填“{Functional}”";
        EconomicCode? economic = null;
        if (!string.IsNullOrWhiteSpace(Economic) && !EconomicCode.TryParse(Economic.Trim(), out economic))
            errors[nameof(Economic)] = $"经济科目应为 5 位数字编码（款），如 30101；所填“{Economic}”";
        if (!PackageNames.Kinds.TryParse(Kind?.Trim() ?? "", out var kind))
            errors[nameof(Kind)] = $"支出类型应为 {string.Join("、", PackageNames.Kinds.Names)} 之一";
        if (!PackageNames.Sources.TryParse(Source?.Trim() ?? "", out var source))
            errors[nameof(Source)] = $"资金来源应为 {string.Join("、", PackageNames.Sources.Names)} 之一";
        string? project = string.IsNullOrWhiteSpace(Project) ? null : Project.Trim();
        if (project is not null && budget.Projects.All(p => p.Code != project))
            errors[nameof(Project)] = $"项目“{project}”不在本预算的项目中";
        var amount = ParseAmount(Amount);
        if (amount is null)
            errors[nameof(Amount)] = $"金额应为以元为单位、至多两位小数、不为负的数，如 12500.00；所填“{Amount}”";
        if (errors.Count > 0) return null;
        return new BudgetLine(functional!.Value, economic, kind, source, new Yuan(amount!.Value))
        {
            Id = string.IsNullOrWhiteSpace(Id) ? null : Id,
            CarryOver = CarryOver,
            ProjectCode = project,
        };
    }

    /// <summary>An amount as Excel and WPS users type it: thousands separators and full-width digits allowed.</summary>
    public static decimal? ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim().Normalize(System.Text.NormalizationForm.FormKC).Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return null;
        if (d < 0 || d.Scale > 2 && decimal.Round(d, 2) != d || d > AmountLimits.MaxYuan) return null;
        return decimal.Round(d, 2);
    }
}
