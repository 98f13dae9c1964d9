using Jixiao.Documents.Text;
using Jixiao.Rules;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>
/// Labels, titles and headers printed in traditional characters (單位預算收支總表, 一般公共預算撥款收入, 預算年度) read as the
/// simplified ones: the Xinglong seed rewritten in traditional characters draws the same errors as the seed itself.
/// </summary>
public class TraditionalCharactersTests
{
    // A few characters of budget labels, written traditional in the copy.
    private static readonly Dictionary<char, char> ToTraditional = new()
    {
        ['预'] = '預', ['总'] = '總', ['单'] = '單', ['财'] = '財', ['拨'] = '撥', ['务'] = '務', ['经'] = '經', ['费'] = '費',
        ['资'] = '資', ['产'] = '產', ['项'] = '項', ['数'] = '數', ['计'] = '計', ['类'] = '類', ['级'] = '級', ['医'] = '醫',
        ['疗'] = '療', ['险'] = '險', ['卫'] = '衛', ['补'] = '補', ['转'] = '轉', ['业'] = '業', ['国'] = '國', ['营'] = '營',
        ['专'] = '專', ['户'] = '戶', ['对'] = '對', ['个'] = '個', ['与'] = '與', ['万'] = '萬', ['员'] = '員', ['离'] = '離',
    };

    [Fact]
    public void The_seed_in_traditional_characters_draws_the_seeds_own_errors()
    {
        var text = SeedFiles.Text(SeedFiles.Xinglong);
        var traditional = new string(text.Select(c => ToTraditional.TryGetValue(c, out var t) ? t : c).ToArray());
        traditional.ShouldContain("單位預算收支總表");

        var original = new Checker().Check(PublishedTextReader.Read(text, "seed"));
        var copy = new Checker().Check(PublishedTextReader.Read(traditional, "traditional"));

        copy.Year.ShouldBe(2021);
        static string[] Errors(DocumentReport r) => r.Findings.Where(f => f.Severity == Severity.Error)
            .Select(f => $"{f.RuleId} {f.Cell?.Table} {f.Cell?.Row} {f.Cell?.Column}").Order().ToArray();
        Errors(copy).ShouldBe(Errors(original));
        copy.Rules.Count(r => r.Outcome == Outcome.Pass).ShouldBe(original.Rules.Count(r => r.Outcome == Outcome.Pass));
    }
}
