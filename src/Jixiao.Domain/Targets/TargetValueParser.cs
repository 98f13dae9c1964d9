using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace Jixiao.Targets;

/// <summary>
/// Reads target values (grammar: docs/target-values.md). The text is folded once (<see cref="TargetText"/>), then read
/// left to right: the first place where a value can start — a comparison, a number, 每 + a period, 年底/年内 — decides
/// what the value is; text before it is <see cref="TargetValue.Before"/>, text after it <see cref="TargetValue.After"/>.
/// Every step looks ahead a bounded number of characters, so reading is linear in the text; nothing is allocated but the
/// result (short texts are folded on the stack).
/// </summary>
internal static class TargetValueParser
{
    private const int StackLimit = 256;

    private const string NotFilled = "未填写指标值";

    public static TargetValue Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty(text ?? "", NotFilled);
        char[]? rentedChars = null;
        int[]? rentedOrigin = null;
        Span<char> folded = text.Length <= StackLimit
            ? stackalloc char[text.Length]
            : (rentedChars = ArrayPool<char>.Shared.Rent(text.Length));
        Span<int> origin = text.Length <= StackLimit
            ? stackalloc int[text.Length]
            : (rentedOrigin = ArrayPool<int>.Shared.Rent(text.Length));
        try
        {
            int n = TargetText.Normalize(text, folded, origin);
            return new Reader(text, folded[..n], origin[..n]).Read();
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedOrigin is not null) ArrayPool<int>.Shared.Return(rentedOrigin);
        }
    }

    private static TargetValue Empty(string text, string reason) =>
        new() { Text = text, Kind = TargetValueKind.Empty, Reason = reason };

    private static TargetValue Unreadable(string text, string reason) =>
        new() { Text = text, Kind = TargetValueKind.Unreadable, Reason = reason };

    // Words before a number. A strong word also compares with a named amount (不超过年初预算数); a weak one is common in
    // ordinary sentences (超额完成, 最高效), so it counts only when a number follows.
    private static readonly FrozenDictionary<string, (Comparison Comparison, bool Strong)> PrefixWords =
        new Dictionary<string, (Comparison, bool)>
        {
            ["大于或等于"] = (Comparison.AtLeast, true), ["大于等于"] = (Comparison.AtLeast, true),
            ["小于或等于"] = (Comparison.AtMost, true), ["小于等于"] = (Comparison.AtMost, true),
            ["不低于"] = (Comparison.AtLeast, true), ["不少于"] = (Comparison.AtLeast, true), ["不小于"] = (Comparison.AtLeast, true),
            ["至少"] = (Comparison.AtLeast, true),
            ["不超过"] = (Comparison.AtMost, true), ["不超出"] = (Comparison.AtMost, true), ["未超过"] = (Comparison.AtMost, true),
            ["不超"] = (Comparison.AtMost, true), ["不高于"] = (Comparison.AtMost, true), ["不多于"] = (Comparison.AtMost, true),
            ["不大于"] = (Comparison.AtMost, true), ["至多"] = (Comparison.AtMost, true),
            ["不晚于"] = (Comparison.AtMost, true), ["不迟于"] = (Comparison.AtMost, true),
            ["大于"] = (Comparison.GreaterThan, true), ["超过"] = (Comparison.GreaterThan, true),
            ["高于"] = (Comparison.GreaterThan, true), ["多于"] = (Comparison.GreaterThan, true),
            ["小于"] = (Comparison.LessThan, true), ["低于"] = (Comparison.LessThan, true), ["少于"] = (Comparison.LessThan, true),
            ["达到"] = (Comparison.AtLeast, false), ["最少"] = (Comparison.AtLeast, false), ["最低"] = (Comparison.AtLeast, false),
            ["控制在"] = (Comparison.AtMost, false), ["最多"] = (Comparison.AtMost, false), ["最高"] = (Comparison.AtMost, false),
            ["不满"] = (Comparison.LessThan, false), ["不足"] = (Comparison.LessThan, false), ["不到"] = (Comparison.LessThan, false),
            ["等于"] = (Comparison.Equal, false),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (Comparison Comparison, bool Strong)>.AlternateLookup<ReadOnlySpan<char>> PrefixBySpan =
        PrefixWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string PrefixFirstChars = "大小不至未超高多低少达最控等";

    /// <summary>A reader over the folded text of one value.</summary>
    private readonly ref struct Reader(string text, ReadOnlySpan<char> s, ReadOnlySpan<int> origin)
    {
        private readonly ReadOnlySpan<char> s = s;
        private readonly ReadOnlySpan<int> origin = origin;

        private int N => s.Length;

        public TargetValue Read()
        {
            if (N == 0) return Empty(text, "只有符号，未填写指标值");
            if (IsPlaceholder()) return Empty(text, "只有占位符，未填写指标值");
            for (int i = 0; i < N; i++)
            {
                char c = s[i];
                if (char.IsAsciiDigit(c) || (c is '-' or '+' && i + 1 < N && char.IsAsciiDigit(s[i + 1])))
                {
                    if (i > 0 && (char.IsAsciiLetterOrDigit(s[i - 1]) || s[i - 1] == '.'))
                    {
                        i = SkipCode(i) - 1; // part of a code (GB2312, 5G), not a value
                        continue;
                    }
                    var value = Number(i, i, Comparison.None);
                    if (value is not null) return value;
                    i = SkipCode(i) - 1;
                    continue;
                }
                if (ComparisonAt(i, out var comparison, out int length, out bool strong))
                {
                    var value = AfterComparison(i, i + length, comparison, strong);
                    if (value is not null) return value;
                    i += length - 1;
                    continue;
                }
                if (c == '每')
                {
                    var value = Frequency(i);
                    if (value is not null) return value;
                    continue;
                }
                if (c == '年' && i + 1 < N && s[i + 1] is '底' or '末' or '终' or '内')
                {
                    bool end = s[i + 1] != '内';
                    return Deadline(i, end ? i + 2 : i + 1, null, null, null, end, Comparison.None);
                }
            }
            return NoValue();
        }

        private bool IsPlaceholder()
        {
            foreach (char c in s)
                if (c is not ('-' or '/' or '\\' or '*' or '_')) return false;
            return true;
        }

        /// <summary>The end of the letters and digits from <paramref name="i"/>; always past <paramref name="i"/>.</summary>
        private int SkipCode(int i)
        {
            i++;
            while (i < N && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '.')) i++;
            return i;
        }

        /// <summary>No value anywhere: words, or garbage.</summary>
        private TargetValue NoValue()
        {
            if (UnitTable.Read(s, 0, out var unit) == N && unit is not null)
                return Unreadable(text, $"只有单位“{unit.Text}”，缺少数值");
            foreach (char c in s)
                if (TargetText.IsCjk(c))
                    return new TargetValue { Text = text, Kind = TargetValueKind.Qualitative, Wording = Slice(0, N) };
            return Unreadable(text, "无法识别：既不是数值、期限或频次，也不是文字描述");
        }

        private bool ComparisonAt(int i, out Comparison comparison, out int length, out bool strong)
        {
            strong = true;
            length = 1;
            comparison = s[i] switch
            {
                '≥' => Comparison.AtLeast,
                '≤' => Comparison.AtMost,
                '>' => Comparison.GreaterThan,
                '<' => Comparison.LessThan,
                '=' => Comparison.Equal,
                _ => Comparison.None,
            };
            if (comparison != Comparison.None) return true;
            if (!PrefixFirstChars.Contains(s[i])) return false;
            for (length = Math.Min(5, N - i); length >= 2; length--)
            {
                if (!PrefixBySpan.TryGetValue(s.Slice(i, length), out var word)) continue;
                (comparison, strong) = word;
                return true;
            }
            return false;
        }

        /// <summary>What follows a comparison at <paramref name="start"/>: a number, or a named amount (a reference).</summary>
        private TargetValue? AfterComparison(int start, int p, Comparison comparison, bool strong)
        {
            if (p < N && (char.IsAsciiDigit(s[p]) || (s[p] is '-' or '+' && p + 1 < N && char.IsAsciiDigit(s[p + 1]))))
            {
                var value = Number(start, p, comparison);
                if (value is not null || !strong) return value;
                return Unreadable(text, "比较符号后的数字与字母相连，不是数值");
            }
            if (!strong) return null;
            for (int k = p; k < N; k++)
                if (TargetText.IsCjk(s[k]))
                    return new TargetValue
                    {
                        Text = text, Kind = TargetValueKind.Reference, Comparison = comparison,
                        Wording = Slice(p, N), Before = Slice(0, start),
                    };
            return Unreadable(text, "比较符号后缺少数值");
        }

        /// <summary>
        /// A value whose number starts at <paramref name="p"/> (after a comparison that starts at <paramref name="start"/>):
        /// a date, a quantity or a range. Null when the digits are not a value here (a list number, a code).
        /// </summary>
        private TargetValue? Number(int start, int p, Comparison prefix)
        {
            if (NumericDate(start, p, prefix) is { } numericDate) return numericDate;
            var status = ReadNumber(p, out decimal value, out int end, out int integerDigits, out bool integer);
            if (status == NumberStatus.Glued) return null;
            if (status == NumberStatus.TooLarge) return Unreadable(text, "数值超出可表示的范围（最多28位有效数字）");
            if (prefix == Comparison.None && IsListMarker(end)) return null;

            if (integer && value > 0 && DateAt(start, end, value, integerDigits, prefix) is { } date) return date;

            int q = end + UnitTable.Read(s, end, out var unit);
            unit ??= MeasureUnit.None;

            if (q + 1 < N && s[q] is '-' or '~' or '至' or '到' && char.IsAsciiDigit(s[q + 1]))
                return Range(start, prefix, value, unit, q + 1);

            int suffixLength = SuffixAt(q, out var suffix);
            q += suffixLength;
            var comparison = Merge(prefix, suffix);
            if (comparison is null) return Unreadable(text, "数值前后的比较方向相反");
            if (unit == MeasureUnit.None && Echo(q, value) is { } echoed) unit = echoed;
            if (!FitsInBase(value, unit)) return Unreadable(text, "数值超出可表示的范围");
            return new TargetValue
            {
                Text = text, Kind = TargetValueKind.Quantity, Comparison = comparison.Value,
                Value = new Quantity(value, unit), Before = Slice(0, start), After = Slice(q, N),
            };
        }

        // 1、 and 1. before words number a list: "1.医疗救助资金及时到位发放" is a goal, not the value 1.
        private bool IsListMarker(int end) =>
            end < N && (s[end] == '、' || (s[end] == '.' && end + 1 < N && TargetText.IsCjk(s[end + 1])));

        private TargetValue Range(int start, Comparison prefix, decimal lower, MeasureUnit lowerUnit, int p)
        {
            if (prefix is not (Comparison.None or Comparison.Equal)) return Unreadable(text, "区间前不应有比较符号");
            var status = ReadNumber(p, out decimal upper, out int end, out _, out _);
            if (status == NumberStatus.TooLarge) return Unreadable(text, "数值超出可表示的范围（最多28位有效数字）");
            if (status == NumberStatus.Glued) return Unreadable(text, "区间上限的数字与字母相连，不是数值");
            int q = end + UnitTable.Read(s, end, out var upperUnit);
            upperUnit ??= MeasureUnit.None;
            if (lowerUnit == MeasureUnit.None) lowerUnit = upperUnit;
            else if (upperUnit == MeasureUnit.None) upperUnit = lowerUnit;
            if (!lowerUnit.IsConvertibleTo(upperUnit)) return Unreadable(text, "区间两端的单位不一致");
            if (!FitsInBase(lower, lowerUnit) || !FitsInBase(upper, upperUnit)) return Unreadable(text, "数值超出可表示的范围");
            var low = new Quantity(lower, lowerUnit);
            var high = new Quantity(upper, upperUnit);
            if (low.InBase > high.InBase) return Unreadable(text, "区间下限大于上限");
            return new TargetValue
            {
                Text = text, Kind = TargetValueKind.Range, Comparison = Comparison.Between,
                Lower = low, Upper = high, Before = Slice(0, start), After = Slice(q, N),
            };
        }

        /// <summary>
        /// A date after a number ending at <paramref name="end"/>: <c>2022年[度][12月[20日]]</c>, <c>6月底</c>, <c>12月20日</c>,
        /// or a bare month <c>4月</c>. A month with a comparison and nothing after it (<c>≤6月</c>) is a duration instead.
        /// </summary>
        private TargetValue? DateAt(int start, int end, decimal value, int digits, Comparison prefix)
        {
            if (end >= N) return null;
            if (s[end] == '年' && digits == 4 && value is >= 1900 and <= 2099)
            {
                int r = end + 1;
                if (r < N && s[r] == '度') r++;
                int? month = null, day = null;
                if (SmallNumber(r, out int m, out int afterMonth) && afterMonth < N && s[afterMonth] == '月')
                {
                    month = m;
                    r = afterMonth + 1;
                    if (r < N && s[r] == '份') r++;
                    if (SmallNumber(r, out int d, out int afterDay) && afterDay < N && s[afterDay] is '日' or '号')
                    {
                        day = d;
                        r = afterDay + 1;
                    }
                }
                return Deadline(start, r, (int)value, month, day, false, prefix);
            }
            if (s[end] == '月' && digits <= 2 && value is >= 1 and <= 12)
            {
                int r = end + 1;
                if (r < N && s[r] == '份') r++;
                if (SmallNumber(r, out int d, out int afterDay) && afterDay < N && s[afterDay] is '日' or '号')
                    return Deadline(start, afterDay + 1, null, (int)value, d, false, prefix);
                if (prefix == Comparison.None || (r < N && s[r] is '底' or '末' or '前' or '内') || At(r, "以前") || At(r, "之前") || At(r, "以内") || At(r, "之内"))
                    return Deadline(start, r, null, (int)value, null, false, prefix);
            }
            return null;
        }

        /// <summary>
        /// A date in digits, <c>2022-12-31</c>, <c>2022/6/30</c> or <c>2022.6.30</c> (year 1900–2099): read before the number so
        /// that it is neither the range 2022..12 nor the decimal 2022.6.
        /// </summary>
        private TargetValue? NumericDate(int start, int p, Comparison prefix)
        {
            if (p + 8 > N || !char.IsAsciiDigit(s[p])) return null;
            int year = 0;
            for (int k = p; k < p + 4; k++)
            {
                if (!char.IsAsciiDigit(s[k])) return null;
                year = year * 10 + (s[k] - '0');
            }
            char separator = s[p + 4];
            if (separator is not ('-' or '/' or '.') || year is < 1900 or > 2099) return null;
            if (!SmallNumber(p + 5, out int month, out int afterMonth) || afterMonth >= N || s[afterMonth] != separator) return null;
            if (!SmallNumber(afterMonth + 1, out int day, out int afterDay)) return null;
            return Deadline(start, afterDay, year, month, day, false, prefix);
        }

        private TargetValue Deadline(int start, int r, int? year, int? month, int? day, bool endOfPeriod, Comparison prefix)
        {
            if (!endOfPeriod && day is null && r < N && s[r] is '底' or '末' or '终')
            {
                endOfPeriod = true;
                r++;
            }
            var bound = DeadlineBound.On;
            if (At(r, "之前") || At(r, "以前")) { bound = DeadlineBound.Before; r += 2; }
            else if (r < N && s[r] == '前') { bound = DeadlineBound.Before; r++; }
            else if (At(r, "之内") || At(r, "以内")) { bound = DeadlineBound.Within; r += 2; }
            else if (r < N && s[r] == '内') { bound = DeadlineBound.Within; r++; }
            switch (prefix)
            {
                case Comparison.AtMost or Comparison.LessThan:
                    if (bound == DeadlineBound.On) bound = DeadlineBound.Before; // ≤2022年6月30日, 不晚于…: by that date
                    break;
                case Comparison.AtLeast or Comparison.GreaterThan:
                    return Unreadable(text, "日期前的“不少于/大于”类比较无法理解");
            }
            if (month is { } m && day is { } d && (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year ?? 2000, m)))
                return Unreadable(text, $"日期无效：{(year is null ? "" : $"{year}年")}{m}月{d}日");
            if (month is < 1 or > 12) return Unreadable(text, $"日期无效：{month}月");
            return new TargetValue
            {
                Text = text, Kind = TargetValueKind.Deadline,
                Deadline = new Deadline(year, month, day, endOfPeriod, bound),
                Before = Slice(0, start), After = Slice(r, N),
            };
        }

        /// <summary>每 [n][个] period [comparison] times 次 [suffix]: <c>每季度</c>, <c>每季度一次</c>, <c>每年不少于2次</c>.</summary>
        private TargetValue? Frequency(int i)
        {
            int r = i + 1;
            int every = 1;
            if (SmallNumber(r, out int n, out int afterNumber) || ChineseNumber(r, out n, out afterNumber))
            {
                if (n < 1) return null;
                every = n;
                r = afterNumber;
            }
            if (r < N && s[r] == '个') r++;
            CalendarPeriod period;
            if (At(r, "季度")) { period = CalendarPeriod.Quarter; r += 2; }
            else if (At(r, "半年")) { period = CalendarPeriod.HalfYear; r += 2; }
            else if (At(r, "星期")) { period = CalendarPeriod.Week; r += 2; }
            else if (r < N && s[r] is '季' or '月' or '年' or '周' or '天' or '日')
            {
                period = s[r] switch
                {
                    '季' => CalendarPeriod.Quarter,
                    '月' => CalendarPeriod.Month,
                    '年' => CalendarPeriod.Year,
                    '周' => CalendarPeriod.Week,
                    _ => CalendarPeriod.Day,
                };
                r++;
            }
            else return null;
            if (r < N && s[r] == '度') r++;

            int t = r;
            var prefix = Comparison.None;
            if (t < N && ComparisonAt(t, out var c, out int length, out _))
            {
                prefix = c;
                t += length;
            }
            Quantity? times = null;
            var comparison = Comparison.None;
            decimal count = 0m;
            int afterCount = t;
            bool counted = ChineseNumber(t, out int chinese, out afterCount)
                ? (count = chinese) > 0
                : t < N && char.IsAsciiDigit(s[t]) && ReadNumber(t, out count, out afterCount, out _, out _) == NumberStatus.Ok;
            if (!counted && t < N && char.IsAsciiDigit(s[t])) return null;
            if (counted)
            {
                int unitLength = OccurrenceUnit(afterCount);
                // 每人每年1000元 is an amount, not a frequency: only a number of occurrences makes one.
                if (unitLength == 0) return null;
                if (UnitTable.Read(s, afterCount, out var unit) != unitLength) unit = null; // 次/年 after 每年: keep 次
                t = afterCount + unitLength;
                t += SuffixAt(t, out var suffix);
                if (Merge(prefix, suffix) is not { } merged) return Unreadable(text, "次数前后的比较方向相反");
                comparison = merged;
                times = new Quantity(count, unit ?? MeasureUnit.None);
                r = t;
            }
            return new TargetValue
            {
                Text = text, Kind = TargetValueKind.Frequency, Comparison = comparison,
                Frequency = new Frequency(every, period), Value = times,
                Before = Slice(0, i), After = Slice(r, N),
            };
        }

        private int OccurrenceUnit(int at)
        {
            if (At(at, "批次") || At(at, "场次")) return 2;
            return at < N && s[at] is '次' or '回' or '期' or '场' or '轮' or '批' ? 1 : 0;
        }

        /// <summary>以上, 以下, 以内 … after a number and its unit.</summary>
        private int SuffixAt(int at, out Comparison comparison)
        {
            comparison = Comparison.None;
            if (at >= N) return 0;
            var rest = s[at..];
            if (rest.StartsWith("及以上") || rest.StartsWith("或以上")) { comparison = Comparison.AtLeast; return 3; }
            if (rest.StartsWith("及以下") || rest.StartsWith("或以下")) { comparison = Comparison.AtMost; return 3; }
            if (rest.StartsWith("以上")) { comparison = Comparison.AtLeast; return 2; }
            if (rest.StartsWith("以下") || rest.StartsWith("以内") || rest.StartsWith("之内")) { comparison = Comparison.AtMost; return 2; }
            if (rest[0] == '内' && !(rest.Length > 1 && rest[1] is '容' or '部' or '涵' or '控' or '外'))
            {
                comparison = Comparison.AtMost;
                return 1;
            }
            return 0;
        }

        /// <summary>A comparison before and one after the number must agree in direction; the one before wins.</summary>
        private static Comparison? Merge(Comparison prefix, Comparison suffix)
        {
            if (suffix == Comparison.None) return prefix is Comparison.None ? Comparison.Equal : prefix;
            if (prefix is Comparison.None or Comparison.Equal) return suffix;
            bool up = prefix is Comparison.AtLeast or Comparison.GreaterThan;
            bool suffixUp = suffix is Comparison.AtLeast or Comparison.GreaterThan;
            return up == suffixUp ? prefix : null;
        }

        /// <summary>
        /// The unit of a Hebei value that repeats its number at the end of the description:
        /// <c>≥100资金到位率100%</c> is ≥ 100 %. Only when the text ends with the same number, a unit and an optional 以上.
        /// </summary>
        private MeasureUnit? Echo(int from, decimal value)
        {
            for (int k = from; k < N; k++)
            {
                if (!char.IsAsciiDigit(s[k]) || (k > from && (char.IsAsciiDigit(s[k - 1]) || s[k - 1] == '.'))) continue;
                if (ReadNumber(k, out decimal echoed, out int end, out _, out _) != NumberStatus.Ok) return null;
                int unitLength = UnitTable.Read(s, end, out var unit);
                if (unitLength > 0 && unit is not null && echoed == value && end + unitLength + SuffixAt(end + unitLength, out _) == N)
                    return unit;
                k = end - 1;
            }
            return null;
        }

        private enum NumberStatus { Ok, Glued, TooLarge }

        /// <summary>[+-]digits[.digits][e[+-]digits], as a decimal with its printed decimals.</summary>
        private NumberStatus ReadNumber(int p, out decimal value, out int end, out int integerDigits, out bool integer)
        {
            value = 0m;
            int k = p;
            if (s[k] is '-' or '+') k++;
            int intStart = k;
            while (k < N && char.IsAsciiDigit(s[k])) k++;
            int intEnd = k;
            integerDigits = intEnd - intStart;
            int fraction = 0;
            if (k + 1 < N && s[k] == '.' && char.IsAsciiDigit(s[k + 1]))
            {
                k++;
                while (k < N && char.IsAsciiDigit(s[k])) { k++; fraction++; }
            }
            int exponent = 0;
            bool hasExponent = false;
            if (k < N && s[k] is 'e' or 'E')
            {
                int j = k + 1;
                bool negative = j < N && s[j] == '-';
                if (j < N && s[j] is '-' or '+') j++;
                if (j < N && char.IsAsciiDigit(s[j]))
                {
                    hasExponent = true;
                    while (j < N && char.IsAsciiDigit(s[j]))
                    {
                        if (exponent < 1000) exponent = exponent * 10 + (s[j] - '0');
                        j++;
                    }
                    if (negative) exponent = -exponent;
                    k = j;
                }
            }
            end = k;
            integer = fraction == 0 && !hasExponent;
            if (k < N && char.IsAsciiLetter(s[k])) return NumberStatus.Glued;

            int lead = intStart;
            while (lead < intEnd - 1 && s[lead] == '0') lead++;
            int significant = intEnd - lead + fraction;
            if (significant > 28) return NumberStatus.TooLarge;
            if (hasExponent && (exponent > 0 ? significant + exponent > 28 : fraction - exponent > 28)) return NumberStatus.TooLarge;
            if (!hasExponent && significant <= 19)
            {
                // The common case, built directly: up to 19 digits fit a ulong, the decimals become the scale.
                ulong mantissa = 0;
                for (int i = intStart; i < end; i++)
                    if (s[i] != '.') mantissa = mantissa * 10 + (ulong)(s[i] - '0');
                value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, s[p] == '-', (byte)fraction);
                return NumberStatus.Ok;
            }
            return decimal.TryParse(s[p..k], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out value)
                ? NumberStatus.Ok
                : NumberStatus.TooLarge;
        }

        /// <summary>One or two ASCII digits (a month, a day, a count of periods).</summary>
        private bool SmallNumber(int at, out int value, out int end)
        {
            value = 0;
            end = at;
            while (end < N && end - at < 3 && char.IsAsciiDigit(s[end])) value = value * 10 + (s[end++] - '0');
            if (end == at || end - at > 2 || (end < N && char.IsAsciiDigit(s[end]))) { end = at; return false; }
            return true;
        }

        /// <summary>一 … 九十九 (两 = 2), as in 每季度一次.</summary>
        private bool ChineseNumber(int at, out int value, out int end)
        {
            value = 0;
            end = at;
            int tens = 0, units = -1;
            int k = at;
            if (k < N && Digit(s[k]) is var d && d > 0) { units = d; k++; }
            if (k < N && s[k] == '十')
            {
                tens = units < 0 ? 1 : units;
                units = 0;
                k++;
                if (k < N && Digit(s[k]) is var u && u > 0) { units = u; k++; }
            }
            if (k == at) return false;
            value = tens * 10 + Math.Max(units, 0);
            end = k;
            return true;

            static int Digit(char c) => c switch
            {
                '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
                _ => 0,
            };
        }

        // Below 10¹³ × 10¹⁵ the product cannot overflow; only larger values pay for the division.
        private static bool FitsInBase(decimal value, MeasureUnit unit) =>
            unit.Factor <= 1m
            || (Math.Abs(value) < 10_000_000_000_000m && unit.Factor <= 1_000_000_000_000_000m)
            || Math.Abs(value) <= decimal.MaxValue / unit.Factor;

        private bool At(int at, string word) => at <= N - word.Length && s.Slice(at, word.Length).SequenceEqual(word);

        /// <summary>
        /// The original text from folded index <paramref name="from"/> to <paramref name="to"/>, without the spaces, formula
        /// marks and punctuation at its edges; null when nothing is left.
        /// </summary>
        private string? Slice(int from, int to)
        {
            if (from >= to) return null;
            int a = origin[from];
            int b = origin[to - 1] + 1;
            var span = text.AsSpan(a, b - a);
            while (span.Length > 0 && IsEdge(span[0])) span = span[1..];
            while (span.Length > 0 && IsEdge(span[^1])) span = span[..^1];
            return span.Length == 0 ? null : new string(span);
        }

        private static bool IsEdge(char c) =>
            char.IsWhiteSpace(c) || c is '$' or ':' or '：' or '，' or '；' or ';' || TargetText.IsTrailingNoise(TargetText.Fold(c));
    }
}
