namespace Jixiao.Catalogs;

/// <summary>The numerals the 收支总表 prints before a 类: 一 … 十、十一 … 二十、二十一 … 九十九.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10) return Digits[n].ToString();
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "十" : $"{Digits[tens]}十") + (ones == 0 ? "" : Digits[ones].ToString());
    }
}
