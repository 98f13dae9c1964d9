using System.Collections.Frozen;

namespace Jixiao.Targets;

/// <summary>The units a target value may carry, and how one is read after a number.</summary>
internal static class UnitTable
{
    public static readonly MeasureUnit Yuan = new("元", Dimension.Money, "元", 1m);
    public static readonly MeasureUnit WanYuan = new("万元", Dimension.Money, "元", 10_000m);
    public static readonly MeasureUnit Percent = new("%", Dimension.Percent, "%", 1m);

    /// <summary>The longest unit text in the table (个工作日, 个百分点, 平方公里).</summary>
    private const int MaxLength = 4;

    private static readonly FrozenDictionary<string, MeasureUnit> Units = Build().ToFrozenDictionary(u => u.Text, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, MeasureUnit>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    // A one-character unit glued to the next character can be the start of a word of the description that follows:
    // ≥95项目在所有立项项目中的比例 is 95 followed by a description, not 95 项.
    private static readonly FrozenSet<string> Words = new[]
    {
        "人员", "人数", "人口", "人群", "人民", "人均", "人才", "人身", "个人", "个体", "个性", "个别", "次数", "项目",
        "家庭", "户数", "户籍", "件数", "名单", "名称", "名额", "期间", "期限", "期末", "期初", "批准", "批复", "本地",
        "本年", "本级", "份额", "台账", "所有", "所属", "所在", "处理", "处置", "条件", "条例", "例如", "种类", "种植",
        "部门", "部分", "场所", "场地", "张贴", "座谈", "类别", "类型", "年度", "年龄", "年限", "年均", "日常", "日期",
        "月度", "天然", "天气", "分析", "分类", "分配", "分别", "分级", "分期", "分批", "分组", "分布", "分散", "套餐",
        "类似", "回访", "回复", "回收", "回应",
    }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<MeasureUnit> Build()
    {
        foreach (var count in new[]
        {
            "人", "人次", "个", "次", "家", "册", "类", "项", "户", "件", "名", "剂", "剂次", "场", "场次", "期", "批", "批次",
            "套", "台", "辆", "本", "份", "篇", "张", "所", "座", "处", "条", "例", "床", "床位", "种", "轮", "户次", "家次",
            "个次", "部", "回",
        })
            yield return new MeasureUnit(count, Dimension.Count, count, 1m);

        yield return Percent;
        yield return new MeasureUnit("‰", Dimension.Percent, "%", 0.1m);
        yield return new MeasureUnit("个百分点", Dimension.Percent, "个百分点", 1m);
        yield return new MeasureUnit("百分点", Dimension.Percent, "个百分点", 1m);

        yield return Yuan;
        yield return new MeasureUnit("千元", Dimension.Money, "元", 1_000m);
        yield return WanYuan;
        yield return new MeasureUnit("百万元", Dimension.Money, "元", 1_000_000m);
        yield return new MeasureUnit("千万元", Dimension.Money, "元", 10_000_000m);
        yield return new MeasureUnit("亿元", Dimension.Money, "元", 100_000_000m);

        // Clock time converts through 秒, calendar time through 月; 工作日 stands apart: it is not a fixed number of days.
        yield return new MeasureUnit("秒", Dimension.Duration, "秒", 1m);
        yield return new MeasureUnit("分钟", Dimension.Duration, "秒", 60m);
        yield return new MeasureUnit("小时", Dimension.Duration, "秒", 3_600m);
        yield return new MeasureUnit("个小时", Dimension.Duration, "秒", 3_600m);
        yield return new MeasureUnit("天", Dimension.Duration, "秒", 86_400m);
        yield return new MeasureUnit("日", Dimension.Duration, "秒", 86_400m);
        yield return new MeasureUnit("周", Dimension.Duration, "秒", 604_800m);
        yield return new MeasureUnit("星期", Dimension.Duration, "秒", 604_800m);
        yield return new MeasureUnit("个星期", Dimension.Duration, "秒", 604_800m);
        yield return new MeasureUnit("工作日", Dimension.Duration, "工作日", 1m);
        yield return new MeasureUnit("个工作日", Dimension.Duration, "工作日", 1m);
        yield return new MeasureUnit("月", Dimension.Duration, "月", 1m);
        yield return new MeasureUnit("个月", Dimension.Duration, "月", 1m);
        yield return new MeasureUnit("季度", Dimension.Duration, "月", 3m);
        yield return new MeasureUnit("个季度", Dimension.Duration, "月", 3m);
        yield return new MeasureUnit("年", Dimension.Duration, "月", 12m);

        yield return new MeasureUnit("分", Dimension.Score, "分", 1m);

        yield return new MeasureUnit("米", Dimension.Physical, "米", 1m);
        yield return new MeasureUnit("千米", Dimension.Physical, "米", 1_000m);
        yield return new MeasureUnit("公里", Dimension.Physical, "米", 1_000m);
        yield return new MeasureUnit("平方米", Dimension.Physical, "平方米", 1m);
        yield return new MeasureUnit("㎡", Dimension.Physical, "平方米", 1m);
        yield return new MeasureUnit("公顷", Dimension.Physical, "平方米", 10_000m);
        yield return new MeasureUnit("平方公里", Dimension.Physical, "平方米", 1_000_000m);
        yield return new MeasureUnit("亩", Dimension.Physical, "亩", 1m);
        yield return new MeasureUnit("立方米", Dimension.Physical, "立方米", 1m);
        yield return new MeasureUnit("克", Dimension.Physical, "千克", 0.001m);
        yield return new MeasureUnit("斤", Dimension.Physical, "千克", 0.5m);
        yield return new MeasureUnit("千克", Dimension.Physical, "千克", 1m);
        yield return new MeasureUnit("公斤", Dimension.Physical, "千克", 1m);
        yield return new MeasureUnit("吨", Dimension.Physical, "千克", 1_000m);
    }

    /// <summary>
    /// Reads the unit starting at <paramref name="at"/>: a table unit (the longest that fits, unless a one-character unit
    /// starts a word), optionally after a scale 万/亿/千/百万/千万, then per-parts (<c>/人/年</c>). Returns the number of
    /// characters read, 0 when there is no unit.
    /// </summary>
    public static int Read(ReadOnlySpan<char> s, int at, out MeasureUnit? unit)
    {
        unit = null;
        if (at >= s.Length) return 0;
        int p = at;
        decimal scale = 1m;
        int length = Direct(s, p, out var direct);
        if (length == 0)
        {
            int scaleLength = Scale(s, p, out scale);
            if (scaleLength == 0) return 0;
            p += scaleLength;
            length = Direct(s, p, out direct);
        }
        p += length;
        int perStart = p;
        while (p + 1 < s.Length && s[p] == '/')
        {
            int perLength = Direct(s, p + 1, out _);
            if (perLength == 0) break;
            p += 1 + perLength;
        }
        if (direct is not null && scale == 1m && p == perStart)
        {
            unit = direct;
            return p - at;
        }
        var text = new string(s[at..p]);
        string? per = p > perStart ? new string(s[(perStart + 1)..p]) : null;
        unit = direct is null
            ? new MeasureUnit(text, Dimension.None, "", scale, per)
            : new MeasureUnit(text, direct.Dimension, direct.Base, direct.Factor * scale, per);
        return p - at;
    }

    private static int Direct(ReadOnlySpan<char> s, int at, out MeasureUnit? unit)
    {
        unit = null;
        for (int length = Math.Min(MaxLength, s.Length - at); length >= 1; length--)
        {
            if (!UnitsBySpan.TryGetValue(s.Slice(at, length), out var found)) continue;
            if (length == 1 && at + 1 < s.Length && WordsBySpan.Contains(s.Slice(at, 2))) return 0;
            unit = found;
            return length;
        }
        return 0;
    }

    private static int Scale(ReadOnlySpan<char> s, int at, out decimal scale)
    {
        scale = 1m;
        var rest = s[at..];
        if (rest.StartsWith("百万")) { scale = 1_000_000m; return 2; }
        if (rest.StartsWith("千万")) { scale = 10_000_000m; return 2; }
        switch (rest[0])
        {
            case '万': scale = 10_000m; return 1;
            case '亿': scale = 100_000_000m; return 1;
            case '千': scale = 1_000m; return 1;
            default: return 0;
        }
    }
}
