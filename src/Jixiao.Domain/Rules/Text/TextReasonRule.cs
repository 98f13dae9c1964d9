using Jixiao.Disclosures;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-REASON-01: a reason announced and not given — “主要原因是”, “增加的主要原因是：”, “原因：” followed by nothing, only
/// punctuation, or a placeholder (XX, 无, 略 …) up to the end of the sentence. A reason that goes on in the next
/// paragraph of the same section (“原因如下：” and a list) is given.
/// </summary>
public sealed class TextReasonRule : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TXT-REASON-01", Severity.Warning, "说明了“原因是”却未写原因", "tables.md 说明：增减变化原因");

    private static readonly string[] Markers = ["原因主要是", "原因在于", "原因如下", "原因是", "原因为", "原因系", "原因：", "原因:"];

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var text = TextAnalysis.Of(disclosure);
        var blocks = text.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            var p = blocks[b].Paragraph.Text;
            int i = 0;
            while (i < p.Length)
            {
                var (at, marker) = NextMarker(p, i);
                if (at < 0) break;
                int from = at + marker.Length;
                int end = p.IndexOfAny(['。', '；', ';', '\n'], from);
                // “原因：” then a clause mark starts the reason; skip it
                var reason = p[from..(end < 0 ? p.Length : end)];
                bool atEnd = end < 0 || p[(end + 1)..].Trim().Length == 0;
                bool given = !TextPlaceholders.IsNonAnswer(reason);
                if (!given && atEnd && reason.Trim(' ', '：', ':', '，', ',', '。').Length == 0 && ContinuesBelow(blocks, b)) given = true;
                if (given) results.Pass(Info.Id);
                else results.Add(TextAnalysis.Finding(Info.Id, Info.Severity, blocks[b],
                    $"“{TextExcerpt.Around(p, Math.Max(0, at - 16), from + reason.Length)}”：写了“{marker.TrimEnd('：', ':')}”，其后{(reason.Trim().Length == 0 ? "没有内容" : $"只有“{reason.Trim()}”")}，应说明具体原因",
                    "具体原因", reason.Trim()));
                i = from;
            }
        }
    }

    private static (int At, string Marker) NextMarker(string p, int from)
    {
        int best = -1;
        string found = "";
        foreach (var m in Markers)
        {
            int at = p.IndexOf(m, from, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best || (at == best && m.Length > found.Length))) { best = at; found = m; }
        }
        return (best, found);
    }

    private static bool ContinuesBelow(IReadOnlyList<TextBlock> blocks, int b)
    {
        if (b + 1 >= blocks.Count) return false;
        var next = blocks[b + 1].Paragraph;
        return next.Section == blocks[b].Paragraph.Section && next.Text.Trim().Length > 0 && next.Text.Trim() != next.Section.Trim();
    }
}
