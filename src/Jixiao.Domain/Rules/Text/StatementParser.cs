using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// Reads what the statements of an explanation paragraph state: each amount with the label in front of it, the
/// totals and the parts listed under them (nested in brackets or after “其中”), shares (占…%) and changes against last
/// year (比上年增加…万元，增长…%). Linear in the paragraph: the numbers are found in one pass by
/// <see cref="TextScanner"/>; labels are read backwards from each number to the previous comma or number, at most
/// <see cref="MaxLabel"/> characters.
/// </summary>
public static class StatementParser
{
    /// <summary>The longest label read in front of an amount.</summary>
    public const int MaxLabel = 40;

    private static readonly string[] Openers = ["其中", "主要用于", "主要包括", "具体包括", "包括", "分别为", "分别是", "具体为", "用于", "含"];
    private static readonly string[] ChangeVerbs = ["增加", "减少", "增长", "下降", "降低", "上升", "提高", "压减", "缩减", "节约", "增支", "减支", "增", "减"];
    private static readonly string[] RateVerbs = ["增长", "下降", "增加", "减少", "降低", "上升", "提高", "增幅", "降幅", "减幅", "增长率", "下降率"];
    private static readonly string[] Comparisons = ["比上年", "较上年", "同比", "与上年", "比去年", "较去年", "比上一年", "较上一年", "上年", "去年"];
    private static readonly string[] LastYear = ["上年", "去年", "上一年", "上年度"];
    private static readonly string[] LastYearTerms = ["上年结转", "上年结余"];

    /// <summary>Splits a paragraph into statements (。！？ and line ends) and reads each.</summary>
    public static IReadOnlyList<ParsedStatement> Parse(string paragraph)
    {
        var tokens = TextScanner.Scan(paragraph);
        var result = new List<ParsedStatement>();
        int t = 0;
        foreach (var (start, end) in Statements(paragraph))
        {
            var mine = new List<TextToken>();
            while (t < tokens.Count && tokens[t].Start < end)
            {
                if (tokens[t].Start >= start) mine.Add(tokens[t]);
                t++;
            }
            result.Add(ParseStatement(paragraph, start, end, mine));
        }
        return result;
    }

    /// <summary>Statement ranges of a paragraph: split after 。！？!? and at line ends.</summary>
    public static IEnumerable<(int Start, int End)> Statements(string text)
    {
        int s = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '。' or '！' or '？' or '!' or '?' or '\n')
            {
                if (i + 1 > s && text.AsSpan(s, i + 1 - s).Trim().Length > 0) yield return (s, i + 1);
                s = i + 1;
            }
        }
        if (s < text.Length && text.AsSpan(s).Trim().Length > 0) yield return (s, text.Length);
    }

    /// <summary>Sentence ranges of a paragraph: split after 。；;！？ and at line ends.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        int s = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or ';' or '！' or '？' or '!' or '?' or '\n')
            {
                if (i + 1 > s && text.AsSpan(s, i + 1 - s).Trim().Length > 0) yield return (s, i + 1);
                s = i + 1;
            }
        }
        if (s < text.Length && text.AsSpan(s).Trim().Length > 0) yield return (s, text.Length);
    }

    private static ParsedStatement ParseStatement(string text, int start, int end, List<TextToken> tokens)
    {
        var depthAt = Depths(text, start, end);
        var amounts = new List<StatedAmount>();
        var shares = new List<StatedShare>();
        var changes = new List<StatedChange>();
        int prevEnd = start;
        StatedAmount? lastLevel = null;
        StatedChange? lastChange = null;
        int lastLevelStart = -1;
        for (int ti = 0; ti < tokens.Count; ti++)
        {
            var tok = tokens[ti];
            int floor = Math.Max(prevEnd, start);
            var (labelStart, label) = LabelBefore(text, tok.Start, floor);
            int depth = depthAt[tok.Start - start];
            switch (tok.Kind)
            {
                case TextTokenKind.Amount:
                {
                    var key = Key(label);
                    bool approximate = EndsWithAny(key, ["约", "近", "大约", "超过", "逾"]) || StartsWithAny(text, tok.End, ["左右", "余", "多"]);
                    bool change = IsChangeLabel(key);
                    var amount = new StatedAmount
                    {
                        Label = label,
                        Printed = text[tok.Start..tok.End].Replace(" ", ""),
                        Figure = tok.ToWanYuan(approximate),
                        PrintedFigure = tok.ToWanYuan(ownPrecision: true),
                        Approximate = approximate,
                        MayBeRounded = tok.Unit == "万元" && tok.Decimals < 2 && SignificantDigits(tok) >= 3,
                        Role = change ? AmountRole.Change : AmountRole.Level,
                        LastYearMarker = HasLastYearMarker(key),
                        LabelYears = YearsBefore(tokens, ti, labelStart),
                        Depth = depth,
                        Start = tok.Start,
                        End = tok.End,
                    };
                    amounts.Add(amount);
                    if (change)
                    {
                        var c = new StatedChange
                        {
                            Subject = SubjectPrefix(key) is { Length: > 0 } ? null : lastLevel,
                            SubjectLabel = SubjectPrefix(key) is { Length: > 0 } p ? p : null,
                            Start = tok.Start,
                        };
                        c.Amount = amount;
                        c.Direction = Direction(key);
                        changes.Add(c);
                        lastChange = c;
                    }
                    else
                    {
                        lastLevel = amount;
                        lastLevelStart = tok.Start;
                    }
                    break;
                }
                case TextTokenKind.Percent:
                {
                    var clause = Clause(text, tok.Start, start);
                    var ck = Key(clause);
                    if (IsShareClause(ck))
                    {
                        shares.Add(new StatedShare(lastLevel, BaseLabel(ck), tok, true, text[tok.Start..tok.End], tok.Start));
                    }
                    else if (ContainsAny(ck, RateVerbs) && (ContainsAny(Key(text[start..tok.Start]), Comparisons) || lastChange is not null))
                    {
                        int dir = RateDirection(ck);
                        if (lastChange is not null && lastChange.Rate is null && lastChange.Start > lastLevelStart)
                        {
                            lastChange.Rate = tok;
                            lastChange.RateDirection = dir;
                            lastChange.RatePrinted = (clause.Trim() + text[tok.Start..tok.End]).Trim();
                        }
                        else
                        {
                            var prefix = SubjectPrefix(ck);
                            var c = new StatedChange
                            {
                                Subject = prefix.Length > 0 ? null : lastLevel,
                                SubjectLabel = prefix.Length > 0 ? prefix : null,
                                Start = tok.Start,
                            };
                            c.Rate = tok;
                            c.RateDirection = dir;
                            c.Direction = dir;
                            c.RatePrinted = (clause.Trim() + text[tok.Start..tok.End]).Trim();
                            changes.Add(c);
                            lastChange = c;
                        }
                    }
                    break;
                }
                case TextTokenKind.Number when tok.Unit.Length == 0:
                {
                    var ck = Key(Clause(text, tok.Start, start));
                    if (IsBareShareClause(ck) && !StartsWithAny(text, tok.End, ["%", "％", "个百分点", "成"]))
                        shares.Add(new StatedShare(lastLevel, BaseLabel(ck), tok, false, text[tok.Start..tok.NumberEnd], tok.Start));
                    break;
                }
            }
            if (tok.Kind != TextTokenKind.Year) prevEnd = Math.Max(prevEnd, tok.End); // “2021年预算收入”: the year stays in the label
        }

        // 持平: no change against last year, for the amount before it.
        for (int i = text.IndexOf("持平", start, end - start, StringComparison.Ordinal); i >= 0 && i < end;
             i = i + 2 < end ? text.IndexOf("持平", i + 2, end - i - 2, StringComparison.Ordinal) : -1)
        {
            var subject = amounts.LastOrDefault(a => a.Role == AmountRole.Level && a.End <= i);
            if (subject is null) continue;
            if (changes.Any(c => c.Subject == subject && c.Start > subject.End && c.Start < i)) continue;
            changes.Add(new StatedChange { Subject = subject, Start = i, Flat = true, Direction = 0 });
        }
        changes.Sort((a, b) => a.Start.CompareTo(b.Start));

        var lists = BuildLists(text, amounts.Where(a => a.Role == AmountRole.Level && !a.LastYearMarker).ToList());
        return new ParsedStatement(text, start, end, amounts, lists, shares, changes);
    }

    // ---- lists of parts ----

    private sealed class Frame(StatedAmount? parent, int depth, bool bracketed)
    {
        public StatedAmount? Parent { get; } = parent;
        public int Depth { get; } = depth;
        public bool Bracketed { get; } = bracketed;
        public List<StatedAmount> Parts { get; } = [];
    }

    private static List<StatedList> BuildLists(string text, List<StatedAmount> items)
    {
        var lists = new List<StatedList>();
        var root = new Frame(null, 0, false);
        var stack = new Stack<Frame>();
        stack.Push(root);
        void Close(Frame f)
        {
            if (f.Parent is not null && f.Parts.Count > 0) lists.Add(new StatedList(f.Parent, f.Parts.ToArray()));
            else if (f.Parent is null && f.Parts.Count >= 2) lists.Add(new StatedList(null, f.Parts.ToArray()));
        }

        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            while (stack.Count > 1 && stack.Peek().Depth > item.Depth) Close(stack.Pop());
            if (i > 0)
            {
                var prev = items[i - 1];
                var gap = text[prev.End..item.Start];
                var opener = OpenerIn(gap);
                var top = stack.Peek();
                if (opener is not null)
                {
                    if (item.Depth > prev.Depth) stack.Push(new Frame(prev, item.Depth, true));
                    else if (top.Parent is null || top.Parts.Count == 0 || top.Parts[^1] != prev || opener != "其中") stack.Push(new Frame(prev, item.Depth, false));
                    else
                    {
                        // “…住房保障支出18.98万元，其中人员支出282.12万元…”: parts of the part before, or a second breakdown of the
                        // same total? Parts cannot exceed their whole: if what follows adds up to far more than the part before
                        // (over twice — a slip in one figure does not do that), it is another breakdown of the total.
                        var following = FollowingParts(text, items, i);
                        var sum = FigureComparison.Sum(following.Select(p => p.Figure));
                        if (sum.Value <= 2m * prev.Figure.Value + sum.HalfWidth + prev.Figure.HalfWidth) stack.Push(new Frame(prev, item.Depth, false));
                        else
                        {
                            var done = stack.Pop();
                            Close(done);
                            stack.Push(new Frame(done.Parent, item.Depth, false));
                        }
                    }
                }
                else if (top != root && !top.Bracketed && top.Parent?.Parent is not null
                         && (ContainsSemicolon(gap) || CompleteWithout(top, item)))
                {
                    // an unbracketed nested list ends at a semicolon, or once its parts make up its total and the next
                    // amount would exceed it (“公务用车购置及运维费1.5万元，其中购置费0万元，运行费1.5万元，公务接待费1万元”)
                    Close(stack.Pop());
                }
            }
            stack.Peek().Parts.Add(item);
            item.Parent = stack.Peek().Parent;
        }
        while (stack.Count > 0) Close(stack.Pop());
        lists.Sort((a, b) => (a.Parent?.Start ?? -1).CompareTo(b.Parent?.Start ?? -1));
        return lists;
    }

    private static bool CompleteWithout(Frame frame, StatedAmount next)
    {
        var parent = frame.Parent!.Figure;
        var sum = FigureComparison.Sum(frame.Parts.Select(p => p.Figure));
        return FigureComparison.Compare(parent, sum) != Consistency.Inconsistent
               && FigureComparison.Compare(parent, sum + next.Figure) == Consistency.Inconsistent;
    }

    private static List<StatedAmount> FollowingParts(string text, List<StatedAmount> items, int from)
    {
        var list = new List<StatedAmount> { items[from] };
        for (int j = from + 1; j < items.Count; j++)
        {
            if (items[j].Depth != items[from].Depth) break;
            var gap = text[items[j - 1].End..items[j].Start];
            if (OpenerIn(gap) is not null || ContainsSemicolon(gap)) break;
            list.Add(items[j]);
        }
        return list;
    }

    /// <summary>The word that opens a list of parts in the text between two amounts (其中, 主要用于, “：” …), or null.</summary>
    private static string? OpenerIn(string gap)
    {
        var g = gap.TrimStart();
        if (g.Length > 0 && g[0] is '：' or ':') return "：";
        string? found = null;
        int first = int.MaxValue;
        foreach (var o in Openers)
        {
            int at = g.IndexOf(o, StringComparison.Ordinal);
            if (at < 0 || at >= first) continue;
            if (o == "含" && !(at > 0 && g[at - 1] is '(' or '（')) continue; // “（含…）” only
            if (o == "用于" && at > 0 && g[at - 1] is not ('，' or ',' or '要')) continue;
            first = at;
            found = o;
        }
        return found;
    }

    private static bool ContainsSemicolon(string s) => s.Contains('；') || s.Contains(';');

    // ---- labels ----

    /// <summary>The label in front of a number: back to the previous clause mark, bracket or number (at most <see cref="MaxLabel"/> characters).</summary>
    internal static (int Start, string Label) LabelBefore(string text, int at, int floor)
    {
        int i = at;
        int min = Math.Max(floor, at - MaxLabel);
        while (i > min)
        {
            char c = text[i - 1];
            if (c is ')' or '）')
            {
                int open = LabelBracketOpen(text, i - 1, min);
                if (open >= 0) { i = open; continue; }
                break;
            }
            if (IsBoundary(c)) break;
            i--;
        }
        return (i, text[i..at].Trim());
    }

    private static bool IsBoundary(char c) =>
        c is '，' or ',' or '、' or '；' or ';' or '：' or ':' or '。' or '！' or '？' or '!' or '?' or '\n' or '(' or '（' or ')' or '）'
            or '[' or ']' or '【' or '】' or '〔' or '〕' or '\t';

    // “因公出国（境）费”, “维修（护）费”: a short bracket inside a name is part of the label.
    private static int LabelBracketOpen(string text, int close, int min)
    {
        for (int k = close - 1; k >= Math.Max(min, close - 5); k--)
        {
            char c = text[k];
            if (c is '(' or '（') return k < close - 1 && IsLabelBracket(text, k) ? k : -1;
            if (IsBoundary(c) || char.IsAsciiDigit(TextScanner.Fold(c))) return -1;
        }
        return -1;
    }

    /// <summary>True when the bracket opening at <paramref name="open"/> holds one to four letters and closes (（境）, （护）).</summary>
    internal static bool IsLabelBracket(string text, int open)
    {
        for (int k = open + 1; k < text.Length && k <= open + 5; k++)
        {
            char c = text[k];
            if (c is ')' or '）') return k > open + 1;
            if (IsBoundary(c) || char.IsAsciiDigit(TextScanner.Fold(c)) || char.IsWhiteSpace(c)) return false;
        }
        return false;
    }

    private static int[] Depths(string text, int start, int end)
    {
        var depth = new int[end - start + 1];
        int d = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is '(' or '（' && !IsLabelBracket(text, i)) { depth[i - start] = d; d++; continue; }
            if (c is ')' or '）' && !(ClosesLabelBracket(text, i, start))) d = Math.Max(0, d - 1);
            depth[i - start] = d;
        }
        depth[end - start] = d;
        return depth;
    }

    private static bool ClosesLabelBracket(string text, int close, int min)
    {
        for (int k = close - 1; k >= Math.Max(min, close - 5); k--)
            if (text[k] is '(' or '（') return IsLabelBracket(text, k);
        return false;
    }

    /// <summary>The clause before <paramref name="at"/> (back to a comma, semicolon, colon or the statement start).</summary>
    private static string Clause(string text, int at, int floor)
    {
        int i = at;
        while (i > floor && i > at - MaxLabel && text[i - 1] is not ('，' or ',' or '；' or ';' or '：' or ':' or '。' or '\n' or '、' or '(' or '（' or ')' or '）'))
            i--;
        return text[i..at];
    }

    /// <summary>Comparable form of a label: NFKC, no spaces, no quotes, no leading numbering.</summary>
    public static string Key(string label) => Jixiao.Text.Names.Normalize(label).Replace("\"", "", StringComparison.Ordinal);

    private static bool IsChangeLabel(string key)
    {
        var k = key.EndsWith('了') ? key[..^1] : key;
        foreach (var v in ChangeVerbs)
            if (k.EndsWith(v, StringComparison.Ordinal))
            {
                // “新增” before a name is a level; a verb at the end is a change
                return true;
            }
        return false;
    }

    private static int Direction(string key)
    {
        var k = key.EndsWith('了') ? key[..^1] : key;
        foreach (var v in new[] { "减少", "下降", "降低", "压减", "缩减", "节约", "减支", "减" })
            if (k.EndsWith(v, StringComparison.Ordinal)) return -1;
        return 1;
    }

    private static int RateDirection(string clauseKey)
    {
        int best = -1, dir = 1;
        foreach (var (v, d) in new[] { ("增长", 1), ("增加", 1), ("上升", 1), ("提高", 1), ("增幅", 1), ("下降", -1), ("减少", -1), ("降低", -1), ("降幅", -1), ("减幅", -1) })
        {
            int at = clauseKey.LastIndexOf(v, StringComparison.Ordinal);
            if (at > best) { best = at; dir = d; }
        }
        return dir;
    }

    /// <summary>The text before the comparison word of a change clause: “三公经费整体” in “三公经费整体较上年增加”.</summary>
    private static string SubjectPrefix(string key)
    {
        int cut = -1;
        foreach (var c in Comparisons)
        {
            int at = key.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0 && (cut < 0 || at < cut)) cut = at;
        }
        // 比2020年 / 较2020年 compare with a year named
        for (int i = 0; i + 1 < key.Length; i++)
            if (key[i] is '比' or '较' && char.IsAsciiDigit(key[i + 1]) && (cut < 0 || i < cut)) { cut = i; break; }
        if (cut < 0)
        {
            foreach (var v in ChangeVerbs)
            {
                int at = key.LastIndexOf(v, StringComparison.Ordinal);
                if (at >= 0 && (cut < 0 || at < cut)) cut = at;
            }
        }
        if (cut <= 0) return "";
        var p = key[..cut];
        foreach (var w in new[] { "整体", "总体", "总额", "合计", "共计", "预算" })
            if (p.EndsWith(w, StringComparison.Ordinal) && p.Length > w.Length) p = p[..^w.Length];
        p = p.Trim('，', ',', '、');
        // a year alone (“2021年比2020年增加”) names no subject
        return p.All(ch => char.IsAsciiDigit(ch) || ch is '年' or '度') ? "" : p;
    }

    private static bool HasLastYearMarker(string key)
    {
        foreach (var m in LastYear)
        {
            for (int at = key.IndexOf(m, StringComparison.Ordinal); at >= 0; at = key.IndexOf(m, at + 1, StringComparison.Ordinal))
            {
                bool term = false;
                foreach (var t in LastYearTerms)
                    if (string.CompareOrdinal(key, at, t, 0, t.Length) == 0) term = true;
                if (!term) return true;
            }
        }
        return false;
    }

    private static int SignificantDigits(TextToken tok)
    {
        var whole = decimal.Truncate(tok.Value);
        int digits = whole == 0m ? 0 : whole.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return digits + tok.Decimals;
    }

    // The years among the tokens just before token <paramref name="index"/> that stand in its label (from <paramref name="from"/> on).
    private static int[] YearsBefore(List<TextToken> tokens, int index, int from)
    {
        List<int>? years = null;
        for (int k = index - 1; k >= 0 && tokens[k].Start >= from; k--)
            if (tokens[k].Kind == TextTokenKind.Year) (years ??= []).Add((int)tokens[k].Value);
        return years is null ? [] : years.ToArray();
    }

    private static bool IsShareClause(string k) =>
        (k.Contains('占') || k.Contains("比重", StringComparison.Ordinal) || k.Contains("比例", StringComparison.Ordinal))
        && !ContainsAny(k, ["增长", "下降", "增加", "减少", "上升", "降低", "提高"]);

    private static bool IsBareShareClause(string k)
    {
        if (!IsShareClause(k)) return false;
        return k.EndsWith("占比", StringComparison.Ordinal) || k.EndsWith("占比为", StringComparison.Ordinal) || k.EndsWith("比重", StringComparison.Ordinal)
            || k.EndsWith("比重为", StringComparison.Ordinal) || k.EndsWith("比例", StringComparison.Ordinal) || k.EndsWith("比例为", StringComparison.Ordinal)
            || k.EndsWith('占') || (k.Contains('占') && k.EndsWith('的'));
    }

    /// <summary>The whole a share is of, when printed: “总支出” in “占总支出的”; null for “占”, “占比”.</summary>
    private static string? BaseLabel(string clauseKey)
    {
        int at = clauseKey.LastIndexOf('占');
        if (at < 0) return null;
        var b = clauseKey[(at + 1)..];
        foreach (var w in new[] { "比重为", "比例为", "比重", "比例", "的", "比", "为", "达", "约" })
            if (b.EndsWith(w, StringComparison.Ordinal)) b = b[..^w.Length];
        if (b.EndsWith('的')) b = b[..^1];
        return b.Length == 0 ? null : b;
    }

    private static bool ContainsAny(string s, IEnumerable<string> words)
    {
        foreach (var w in words) if (s.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool EndsWithAny(string s, IEnumerable<string> words)
    {
        foreach (var w in words) if (s.EndsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool StartsWithAny(string text, int at, IEnumerable<string> words)
    {
        while (at < text.Length && text[at] == ' ') at++;
        foreach (var w in words)
            if (at + w.Length <= text.Length && string.CompareOrdinal(text, at, w, 0, w.Length) == 0) return true;
        return false;
    }
}
