using Jixiao.Disclosures;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-YEAR-01: a year in the text or the table headers that contradicts the fiscal year. A year after the fiscal year
/// followed within a few characters by 预算 / 收入 / 支出 / 收支 / 部门 / 单位 (“2022年单位支出预算” in a 2021 budget) is
/// an error, any other year after it a warning (“2022年 预留中小微企业份额”), and so is a 预算年度 that differs. Years of
/// document numbers (冀财社[2020]147号, 〔2021〕), dates (2020-12-31), the end of a period (2021—2023年), a target date
/// (到2025年) and past years (上年末, 2020年) are fine.
/// </summary>
public sealed class TextYearRule : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TXT-YEAR-01", Severity.Error, "文字或表头中的年份与预算年度矛盾", "tables.md 表头：预算年度");

    private static readonly string[] BudgetWords = ["预算", "收入", "支出", "收支", "部门", "单位"];

    /// <summary>How many characters after “年” a budget word may start for the year to be the budget's.</summary>
    public const int Window = 4;

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        if (disclosure.Year is not { } fy) return;
        int fiscal = fy.Value;
        foreach (var (subject, location, text, line) in TextSources.Of(disclosure, projects: false))
        {
            var tokens = TextScanner.Scan(text);
            foreach (var tok in tokens)
            {
                if (tok.Kind == TextTokenKind.Number && tok.Decimals == 0 && tok.Value is >= 1900 and <= 2099 && IsBudgetYearField(text, tok.Start))
                {
                    int y = (int)tok.Value;
                    if (y == fiscal) results.Pass(Info.Id);
                    else results.Add(Make(subject, location, line, Severity.Error, text, tok,
                        $"预算年度写作 {y}，与本预算的预算年度 {fiscal} 不符", fiscal, y));
                    continue;
                }
                if (tok.Kind != TextTokenKind.Year) continue;
                int year = (int)tok.Value;
                if (year <= fiscal) { results.Pass(Info.Id); continue; }
                if (IsExcused(text, tok)) { results.Pass(Info.Id); continue; }
                var word = BudgetWordAfter(text, tok.End);
                if (word is not null)
                    results.Add(Make(subject, location, line, Severity.Error, text, tok,
                        $"“{year}年{word}”的年份晚于预算年度 {fiscal}：本预算是 {fiscal} 年预算，应为“{fiscal}年{word}”", fiscal, year));
                else
                    results.Add(Make(subject, location, line, Severity.Warning, text, tok,
                        $"年份 {year} 晚于预算年度 {fiscal}，请核实是否应为 {fiscal} 年", fiscal, year));
            }
        }
    }

    private static Finding Make(string subject, string location, int line, Severity severity, string text, TextToken tok, string what, int fiscal, int year) =>
        new(Info.Id, severity, subject, location, $"“{TextExcerpt.Around(text, tok.Start, tok.End + 8)}”：{what}")
        {
            Expected = fiscal.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Actual = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Line = line == 0 ? null : line,
        };

    private static string? BudgetWordAfter(string text, int at)
    {
        int seen = 0;
        for (int i = at; i < text.Length && seen <= Window; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c is '，' or '。' or '；' or ',' or ';' or '：' or ':') return null;
            foreach (var w in BudgetWords)
                if (i + w.Length <= text.Length && string.CompareOrdinal(text, i, w, 0, w.Length) == 0)
                {
                    // the phrase as printed: on to the end of the run of letters (“单位支出预算”), at most 8 more
                    int e = i + w.Length;
                    while (e < text.Length && e - i < 8 && IsLetter(text[e]) && text[e] is not ('为' or '是' or '共' or '合' or '的')) e++;
                    return text[at..e].Trim();
                }
            seen++;
        }
        return null;
    }

    private static bool IsLetter(char c) => c >= '\u4e00' && c <= '\u9fff';

    // A document number (〔2022年〕), the end of a period (2021-2023年), a target date (到2025年).
    private static bool IsExcused(string text, TextToken tok)
    {
        int b = tok.Start - 1;
        while (b >= 0 && char.IsWhiteSpace(text[b])) b--;
        if (b < 0) return false;
        char c = text[b];
        if (c is '[' or '〔' or '【' or '［') return true;
        if (c is '-' or '—' or '–' or '~' or '～' or '至' or '到' or '－')
        {
            int k = b - 1;
            while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
            if (k >= 0 && (text[k] == '年' || char.IsAsciiDigit(TextScanner.Fold(text[k])))) return true; // 2021—2023年
            if (c is '至' or '到') return true; // 到2025年
        }
        if (b >= 1 && text.AsSpan(b - 1, 2) is "截至" or "截止") return true;
        return false;
    }

    private static bool IsBudgetYearField(string text, int at)
    {
        int b = at - 1;
        while (b >= 0 && (char.IsWhiteSpace(text[b]) || text[b] is '：' or ':')) b--;
        return b >= 3 && string.CompareOrdinal(text, b - 3, "预算年度", 0, 4) == 0;
    }
}
