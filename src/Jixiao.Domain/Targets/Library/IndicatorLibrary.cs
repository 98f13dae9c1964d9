namespace Jixiao.Targets.Library;

/// <summary>
/// The 指标库: every 三级 indicator the given target forms print, grouped under its 二级, with how many forms and
/// which projects use it, its units, its usual values and their range, its comparisons and a Hebei description — so
/// that a new form can start from what similar projects declared. Built by <see cref="IndicatorLibraryBuilder"/>.
/// </summary>
public sealed class IndicatorLibrary
{
    internal IndicatorLibrary(IReadOnlyList<LibraryProject> projects, IReadOnlyList<IndicatorEntry> entries) =>
        (Projects, Entries) = (projects, entries);

    /// <summary>One per form added, in the order added.</summary>
    public IReadOnlyList<LibraryProject> Projects { get; }

    /// <summary>The entries in framework order of their 二级, then the most used first, then by name.</summary>
    public IReadOnlyList<IndicatorEntry> Entries { get; }

    /// <summary>The library of <paramref name="forms"/>.</summary>
    public static IndicatorLibrary Build(IEnumerable<TargetForm> forms)
    {
        var builder = new IndicatorLibraryBuilder();
        foreach (var form in forms) builder.Add(form);
        return builder.Build();
    }

    /// <summary>
    /// The projects most like <paramref name="text"/>, at most <paramref name="count"/>: similarity = ¾ × Dice(text,
    /// project name) + ¼ × the share of the text's bigrams found in the goal. A project less than a third as similar as
    /// the most similar one is left out (one shared 系统 is not a likeness), as is one sharing no bigram. Most similar
    /// first, then by name and order of adding.
    /// </summary>
    public IReadOnlyList<SimilarProject> SimilarTo(string text, int count)
    {
        var query = TextSimilarity.Bigrams(text);
        var scored = new List<SimilarProject>();
        if (query.Count == 0 || count <= 0) return scored;
        foreach (var p in Projects)
        {
            double score = 0.75 * TextSimilarity.Dice(query, TextSimilarity.Bigrams(p.Name))
                + 0.25 * TextSimilarity.Coverage(query, TextSimilarity.Bigrams(p.Goal));
            if (score > 0) scored.Add(new SimilarProject(p, score));
        }
        scored.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity)
            : string.CompareOrdinal(a.Project.Name, b.Project.Name) is var byName && byName != 0 ? byName
            : a.Project.Index.CompareTo(b.Project.Index));
        int kept = 0;
        while (kept < scored.Count && kept < count && scored[kept].Similarity * 3 >= scored[0].Similarity) kept++;
        return scored[..kept];
    }

    /// <summary>
    /// The indicators of <paramref name="category"/> (all when null). With <paramref name="like"/>, the
    /// <paramref name="similarCount"/> projects most like it are found and, within each 二级, the indicators they use
    /// come first: by the similarity of the most similar one using it, then by how many of them use it, then as usual.
    /// </summary>
    public IndicatorSelection Select(IndicatorCategory? category = null, string? like = null, int similarCount = 5)
    {
        var similar = string.IsNullOrWhiteSpace(like) ? [] : SimilarTo(like, similarCount);
        var byProject = new Dictionary<int, SimilarProject>(similar.Count);
        foreach (var s in similar) byProject[s.Project.Index] = s;

        var ranked = new List<(RankedIndicator Item, int Order)>();
        foreach (var entry in Entries)
        {
            if (category is not null && !category.Includes(entry.Level2)) continue;
            var users = new List<SimilarProject>();
            if (byProject.Count > 0)
                foreach (var p in entry.Projects)
                    if (byProject.TryGetValue(p.Index, out var s)) users.Add(s);
            users.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Project.Index.CompareTo(b.Project.Index));
            ranked.Add((new RankedIndicator(entry, users), ranked.Count));
        }
        // Entries are already in default order; a stable sort by (二级, similar use) keeps it among equals.
        ranked.Sort((a, b) =>
        {
            int c = a.Item.Entry.Level2.CompareTo(b.Item.Entry.Level2);
            if (c != 0) return c;
            var (ua, ub) = (a.Item.UsedBySimilar, b.Item.UsedBySimilar);
            double sa = ua.Count > 0 ? ua[0].Similarity : 0, sb = ub.Count > 0 ? ub[0].Similarity : 0;
            if (sa != sb) return sb.CompareTo(sa);
            if (ua.Count != ub.Count) return ub.Count.CompareTo(ua.Count);
            return a.Order.CompareTo(b.Order);
        });
        return new IndicatorSelection(category, string.IsNullOrWhiteSpace(like) ? null : like.Trim(), similar, [.. ranked.Select(r => r.Item)]);
    }

    /// <summary>二级 in framework order, then the most forms first, then the name in ordinal order, then the key.</summary>
    internal static int DefaultOrder(IndicatorEntry a, IndicatorEntry b)
    {
        int c = a.Level2.CompareTo(b.Level2);
        if (c != 0) return c;
        if (a.Forms != b.Forms) return b.Forms.CompareTo(a.Forms);
        c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }
}
