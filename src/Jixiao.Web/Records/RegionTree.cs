using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Records;

/// <summary>A region (区划) and every region under it, by the parent links of the regions table.</summary>
public static class RegionTree
{
    public static async Task<HashSet<string>> UnderAsync(JixiaoDb db, string root)
    {
        var all = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.ParentCode }).ToListAsync();
        return Under(all.Select(r => (r.Code, r.ParentCode)), root);
    }

    public static HashSet<string> Under(IEnumerable<(string Code, string? ParentCode)> regions, string root)
    {
        var children = regions.Where(r => r.ParentCode is not null).ToLookup(r => r.ParentCode!, r => r.Code);
        var under = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var code))
            if (under.Add(code)) foreach (var c in children[code]) queue.Enqueue(c);
        return under;
    }
}
