using Jixiao.Data;
using Jixiao.Web.Accounts;
using Jixiao.Web.Reviews;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Reviews;

/// <summary>
/// 复核质量: per rule, how many of its findings reviewers confirmed and dismissed (a rule dismissed often is a rule to
/// correct), and how its unfinished checks were signed off, over the reviews in the account's scope; with the latest
/// reasons given for dismissals.
/// </summary>
[Needs(Capability.QualityPage)]
public sealed class QualityModel(ReviewService reviews, JixiaoDb db) : PageModel
{
    public sealed record RuleRow(string RuleId, string Title, int Confirmed, int Dismissed, int Undecided, int Met, int NotMet, IReadOnlyList<string> Reasons)
    {
        /// <summary>The share of decided findings that were dismissed, when any was decided.</summary>
        public decimal? DismissedShare => Confirmed + Dismissed == 0 ? null : Math.Round(100m * Dismissed / (Confirmed + Dismissed), 1);
    }

    public List<RuleRow> Rows { get; } = [];
    public int Reviews { get; private set; }

    public async Task OnGetAsync()
    {
        var visible = (await reviews.VisibleAsync()).Select(r => new { r.Id, r.FileVersion });
        Reviews = await visible.CountAsync();
        // The decisions on every file of a review count (a replaced file's were reviewers' judgements too); undecided
        // items only on the current file.
        var counts = await db.ReviewItems.AsNoTracking()
            .Where(i => i.CausedBy == null)
            .Join(visible, i => i.ReviewId, r => r.Id, (i, r) => new { i.RuleId, i.RuleTitle, i.Kind, i.Decision, Current = i.FileVersion == r.FileVersion })
            .Where(x => x.Decision != null || x.Current)
            .GroupBy(x => new { x.RuleId, x.Kind, x.Decision })
            .Select(g => new { g.Key.RuleId, g.Key.Kind, g.Key.Decision, Title = g.Max(x => x.RuleTitle), Count = g.Count() })
            .ToListAsync();
        var reasons = await db.ReviewItems.AsNoTracking()
            .Where(i => i.Decision == ReviewDecisions.Dismissed && i.Reason != null)
            .Join(visible, i => i.ReviewId, r => r.Id, (i, r) => new { i.RuleId, i.Reason, i.DecidedUtc })
            .OrderByDescending(x => x.DecidedUtc).Take(500).ToListAsync();
        foreach (var rule in counts.GroupBy(c => c.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int Count(string kind, string? decision) => rule.Where(c => c.Kind == kind && c.Decision == decision).Sum(c => c.Count);
            Rows.Add(new RuleRow(rule.Key, rule.First().Title ?? rule.Key,
                Count(ReviewItemKinds.Finding, ReviewDecisions.Confirmed), Count(ReviewItemKinds.Finding, ReviewDecisions.Dismissed),
                rule.Where(c => c.Decision == null).Sum(c => c.Count),
                Count(ReviewItemKinds.Unfinished, ReviewDecisions.Met), Count(ReviewItemKinds.Unfinished, ReviewDecisions.NotMet),
                reasons.Where(x => x.RuleId == rule.Key).Select(x => x.Reason!).Distinct().Take(3).ToList()));
        }
    }
}
