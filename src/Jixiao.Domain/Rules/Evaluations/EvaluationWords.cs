using System.Text.RegularExpressions;

namespace Jixiao.Rules.Evaluations;

/// <summary>
/// The words the self-evaluation review reads in a form's texts, as data (<c>Rules/Data/evaluation-words.json</c>): what
/// explains an over-spending (EVAL-FUNDS-02), which rates a text may claim and how it links them to a percentage
/// (EVAL-TXT-02).
/// </summary>
internal sealed class EvaluationWords
{
    private static readonly Lazy<EvaluationWords> Shipped = new(Load);

    public static EvaluationWords Default => Shipped.Value;

    public required IReadOnlyList<string> Explanation { get; init; }

    public required IReadOnlyList<string> FundsInPlaceRate { get; init; }

    /// <summary>
    /// A claimed rate: the kind (<c>k</c>), a linking word, the percentage (<c>p</c>) and an optional floor (<c>f</c>,
    /// 以上) — <c>资金使用率达到100%</c>, <c>到位率97%以上</c>. Longer words are tried first.
    /// </summary>
    public required Regex ClaimedRate { get; init; }

    private static EvaluationWords Load()
    {
        using var doc = EmbeddedData.OpenJson("Jixiao.Rules.Data.evaluation-words.json");
        string[] Words(string name) => doc.RootElement.GetProperty(name).EnumerateArray().Select(w => w.GetString()!).ToArray();
        static string Alternatives(IEnumerable<string> words) =>
            string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        var inPlace = Words("fundsInPlaceRate");
        string kinds = Alternatives([.. Words("executionRate"), .. inPlace]);
        return new EvaluationWords
        {
            Explanation = Words("explanation"),
            FundsInPlaceRate = inPlace,
            ClaimedRate = new Regex($@"(?<k>{kinds})(?:{Alternatives(Words("link"))})?\s*(?<p>\d{{1,3}}(?:\.\d+)?)\s*[%％](?<f>以上)?",
                RegexOptions.CultureInvariant),
        };
    }
}
