using System.Globalization;

namespace Jixiao.Money;

/// <summary>
/// A number as it stands in a table or a sentence, with the precision it was printed with.
/// A figure printed with d decimals stands for the interval v ± ½·10⁻ᵈ (XBRL Calculations 1.1);
/// an exact figure (computed from 元 data) has a zero half-width.
/// </summary>
public readonly record struct Figure(decimal Value, decimal HalfWidth)
{
    /// <summary>An exact figure: its interval is the single point <paramref name="value"/>.</summary>
    public static Figure Exact(decimal value) => new(value, 0m);

    /// <summary>A figure printed with <paramref name="decimals"/> decimals (0–10).</summary>
    public static Figure Printed(decimal value, int decimals)
    {
        if (decimals is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "0–10");
        return new(value, HalfUnit(decimals));
    }

    /// <summary>Lower end of the interval.</summary>
    public decimal Low => Value - HalfWidth;

    /// <summary>Upper end of the interval.</summary>
    public decimal High => Value + HalfWidth;

    public bool IsExact => HalfWidth == 0m;

    /// <summary>The number of decimals the figure was printed with (for exact figures, those of its value).</summary>
    public int Decimals => HalfWidth == 0m ? Scale(Value) : DecimalsOf(HalfWidth);

    /// <summary>½·10⁻ᵈ.</summary>
    public static decimal HalfUnit(int decimals)
    {
        decimal unit = 1m;
        for (int i = 0; i < decimals; i++) unit /= 10m;
        return unit / 2m;
    }

    /// <summary>The number of decimals of the literal, e.g. 2 for 298.30.</summary>
    public static int Scale(decimal value) => (int)((decimal.GetBits(value)[3] >> 16) & 0xFF);

    private static int DecimalsOf(decimal halfWidth)
    {
        // halfWidth = 5·10^-(d+1)
        int d = 0;
        decimal h = 0.5m;
        while (h > halfWidth && d < 28) { h /= 10m; d++; }
        return d;
    }

    /// <summary>The value as printed, with its decimals (298.30, 1.5).</summary>
    public string Format() => Value.ToString("0." + new string('0', Math.Max(Decimals, 0)), CultureInfo.InvariantCulture).TrimEnd('.');

    /// <summary>The interval as text, "[298.295, 298.305]", or the value when exact.</summary>
    public string FormatInterval() => IsExact
        ? Value.ToString(CultureInfo.InvariantCulture)
        : $"[{Low.ToString(CultureInfo.InvariantCulture)}, {High.ToString(CultureInfo.InvariantCulture)}]";

    public static Figure operator +(Figure a, Figure b) => new(a.Value + b.Value, a.HalfWidth + b.HalfWidth);
    public static Figure operator -(Figure a, Figure b) => new(a.Value - b.Value, a.HalfWidth + b.HalfWidth);

    public override string ToString() => Format();
}
