using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Disclosures;
using Jixiao.Text;

namespace Jixiao.Documents.Import;

/// <summary>
/// What the explanations print about the unit: the 单位机构设置 table (单位名称 | 单位性质 | 单位规格 | 经费保障形式, read as
/// paragraphs: one line of headers, the next of values), or sentences (“某县医疗保障局为行政单位”, “编制12人，实有人数11人”).
/// </summary>
internal static partial class UnitDetails
{
    public static BudgetUnit Read(string code, string name, IReadOnlyList<TextParagraph> paragraphs, List<string> notes)
    {
        string? natureText = TableValue(paragraphs, "单位性质");
        UnitNature nature = UnitNature.Administrative;
        bool found = natureText is not null && UnitNatures.TryParse(natureText, out nature);
        if (!found)
        {
            foreach (var p in paragraphs)
            {
                var m = NatureSentence().Match(p.Text);
                if (m.Success && UnitNatures.TryParse(m.Groups[1].Value, out nature)) { found = true; break; }
            }
        }
        if (!found)
        {
            nature = UnitNature.Administrative;
            notes.Add("公开文件中未找到单位性质（单位机构设置表或“为××单位”的说明），按行政单位导入。");
        }

        return new BudgetUnit(code, name, nature)
        {
            Rank = TableValue(paragraphs, "单位规格"),
            FundingForm = TableValue(paragraphs, "经费保障形式"),
            AuthorizedStaff = Count(paragraphs, AuthorizedStaff()),
            ActualStaff = Count(paragraphs, ActualStaff()),
        };
    }

    /// <summary>
    /// The value under a header of the small table printed as paragraphs: the paragraph of the next line at the header's
    /// position counted from the right (the header line may begin with a title); or “header：value”.
    /// </summary>
    private static string? TableValue(IReadOnlyList<TextParagraph> paragraphs, string header)
    {
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var text = Names.Normalize(paragraphs[i].Text);
            if (text.StartsWith(header + ":", StringComparison.Ordinal) && text.Length > header.Length + 1 && text.Length <= header.Length + 20)
                return text[(header.Length + 1)..];
            if (text != header) continue;
            int line = paragraphs[i].Line;
            var headers = paragraphs.Where(p => p.Line == line).ToList();
            int at = headers.FindIndex(p => Names.Normalize(p.Text) == header);
            int next = paragraphs.Where(p => p.Line > line).Select(p => p.Line).DefaultIfEmpty(-1).Min();
            if (next < 0) return null;
            var values = paragraphs.Where(p => p.Line == next).ToList();
            // The header line may start with the table's title (单位机构设置情况): align the cells from the right.
            at -= headers.Count - values.Count;
            if (values.Count > headers.Count || at < 0) return null;
            var value = values[at].Text.Trim();
            return value.Length is > 0 and <= 20 ? value : null;
        }
        return null;
    }

    private static int? Count(IReadOnlyList<TextParagraph> paragraphs, Regex pattern)
    {
        foreach (var p in paragraphs)
        {
            var m = pattern.Match(p.Text);
            if (m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return n;
        }
        return null;
    }

    [GeneratedRegex(@"(?:为|是)((?:参照公务员法管理的?|全额(?:拨款)?|差额(?:拨款)?|自收自支|公益[一二]类)?(?:行政|事业))单位")]
    private static partial Regex NatureSentence();

    [GeneratedRegex(@"编制(?:人数|数)?\s*(?:为\s*)?(\d+)\s*(?:人|名)")]
    private static partial Regex AuthorizedStaff();

    [GeneratedRegex(@"实有(?:人数|人员)?\s*(?:为\s*)?(\d+)\s*(?:人|名)")]
    private static partial Regex ActualStaff();
}
