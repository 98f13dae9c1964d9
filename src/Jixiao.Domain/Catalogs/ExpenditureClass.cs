namespace Jixiao.Catalogs;

/// <summary>One of the 30 expenditure 类 that the 收支总表 prints in fixed order, even when empty.</summary>
public sealed record ExpenditureClass(int Order, string Numeral, string Code, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The row label as printed: 八、社会保障和就业支出.</summary>
    public string Label => $"{Numeral}、{Name}";
}
