using System.Globalization;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// A parsed value as one short line, so that expectations can be written by hand:
/// <c>≤10万元 [Money =100000元]</c>, <c>55%..85% [Percent] before=住院比例</c>, <c>deadline year=2022 month=12 day=20 Before</c>,
/// <c>every 1 Quarter =1次 [Count]</c>, <c>≤ ref 年初预算数</c>, <c>qualitative 及时响应</c>, <c>unreadable</c>, <c>empty</c>.
/// </summary>
internal static class Describe
{
    public static string Of(TargetValue v)
    {
        string core = v.Kind switch
        {
            TargetValueKind.Empty => "empty",
            TargetValueKind.Unreadable => "unreadable",
            TargetValueKind.Qualitative => "qualitative " + v.Wording,
            TargetValueKind.Reference => $"{Symbol(v.Comparison)} ref {v.Wording}",
            TargetValueKind.Quantity => Symbol(v.Comparison) + Number(v.Value!.Value.Value) + Unit(v.Value.Value),
            TargetValueKind.Range => Number(v.Lower!.Value.Value) + v.Lower.Value.Unit.Text + ".." + Number(v.Upper!.Value.Value) + Unit(v.Upper.Value),
            TargetValueKind.Deadline => Deadline(v.Deadline!),
            TargetValueKind.Frequency => $"every {v.Frequency!.Every} {v.Frequency.Period}"
                + (v.Value is { } times ? " " + Symbol(v.Comparison) + Number(times.Value) + Unit(times) : ""),
            _ => v.Kind.ToString(),
        };
        if (v.Before is not null) core += " before=" + v.Before;
        if (v.After is not null) core += " after=" + v.After;
        return core;
    }

    public static string Number(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Unit(Quantity q)
    {
        var u = q.Unit;
        if (u.Dimension == Dimension.None && u.Factor == 1m) return u.Text;
        string text = u.Text + " [" + u.Dimension;
        if (u.Factor != 1m) text += " =" + Number(q.InBase) + u.Base;
        if (u.Per is not null) text += " per " + u.Per;
        return text + "]";
    }

    private static string Deadline(Deadline d)
    {
        var parts = new List<string> { "deadline" };
        if (d.Year is { } y) parts.Add($"year={y}");
        if (d.Month is { } m) parts.Add($"month={m}");
        if (d.Day is { } day) parts.Add($"day={day}");
        if (d.EndOfPeriod) parts.Add("end");
        parts.Add(d.Bound.ToString());
        return string.Join(' ', parts);
    }

    public static string Symbol(Comparison c) => c switch
    {
        Comparison.Equal => "=",
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.GreaterThan => ">",
        Comparison.LessThan => "<",
        Comparison.Between => "between",
        _ => "",
    };
}
