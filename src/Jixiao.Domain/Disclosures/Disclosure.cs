using Jixiao.Codes;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Disclosures;

/// <summary>
/// A budget disclosure as the checker sees it: the recognised tables of one set, the explanation paragraphs, the
/// projects declared in its performance tables, and what the reader noticed. It is built either by reading a
/// published document or by rendering a data package exactly (in 元).
/// </summary>
public sealed class Disclosure
{
    public required string Source { get; init; }
    public DocumentKind Kind { get; set; } = DocumentKind.UnitBudget;
    public required TableSet Set { get; set; }
    public string? UnitCode { get; set; }
    public string? UnitName { get; set; }
    public FiscalYear? Year { get; set; }

    /// <summary>
    /// The natures of the units whose money the tables show (own unit and sub-units), when known — a disclosure
    /// rendered from a budget knows them, a published document does not say (null). Relations that hold for some
    /// natures only (<see cref="CrossTableRelation.Natures"/>) are skipped when another nature is present.
    /// </summary>
    public IReadOnlyList<Catalogs.UnitNature>? UnitNatures { get; set; }
    public List<DisclosureTable> Tables { get; } = [];
    public List<TextParagraph> Paragraphs { get; } = [];
    public List<DeclaredProject> Projects { get; } = [];

    /// <summary>The project performance target forms the document holds (Shanxi 申报表), read in full.</summary>
    public List<Targets.TargetForm> TargetForms { get; } = [];

    /// <summary>The project self-evaluations (绩效自评表) the document holds, read in full.</summary>
    public List<Evaluations.SelfEvaluation> SelfEvaluations { get; } = [];

    /// <summary>Table titles listed in the document's contents (目录), if it has one.</summary>
    public List<string> ContentsEntries { get; } = [];

    /// <summary>Findings of the reader itself (unreadable cells, rows it could not place).</summary>
    public List<Finding> ReadFindings { get; } = [];

    /// <summary>
    /// Where each line of the source is, for a source with pages (PDF): entry <c>n - 1</c> is line <c>n</c>'s page and
    /// box; null for a text. Findings on a line are placed on its page.
    /// </summary>
    public IReadOnlyList<Rules.SourcePosition>? Positions { get; set; }

    /// <summary>Pages of the source that could not be read (scans): a table missing from the document may be on one.</summary>
    public List<int> UnreadPages { get; } = [];

    /// <summary>Last year's figures, when known (a data package carries them; a published text does not).</summary>
    public Disclosure? PriorYear { get; set; }

    /// <summary>
    /// Work shared by the rules of one <see cref="Rules.Checker.Check"/> call (e.g. the parsed sentences), dropped when
    /// the check ends so that a disclosure changed afterwards is analysed afresh. A disclosure is checked by one thread at a time.
    /// </summary>
    internal Dictionary<Type, object>? CheckScope { get; set; }

    public DisclosureTable? Table(string templateId)
    {
        foreach (var t in Tables) if (t.Template.Id == templateId) return t;
        return null;
    }
}
