using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Disclosures;

namespace Jixiao.Documents.Import;

/// <summary>
/// Reads the money of every functional 项 from the 一般公共预算支出表 (this year's 一般公共预算, by nature), the
/// 政府性基金 / 国有资本经营 支出表, and the 支出总表 for the rest, whose sources come from the 收入总表's columns.
/// Where the 支出总表 and the 一般公共预算支出表 split a row differently, it follows the table whose row agrees with
/// its own parents' split, and says so.
/// </summary>
internal static class FunctionalMoney
{
    private static readonly (string Column, MoneyNature Nature)[] Natures =
    [
        ("basic", MoneyNature.Basic), ("project", MoneyNature.Project), ("business", MoneyNature.Business),
        ("remit", MoneyNature.Remit), ("subsidy", MoneyNature.Subsidy),
    ];

    public static List<LeafMoney> Read(Disclosure d, ImportTables t, FundingSource carrySource, List<string> notes)
    {
        var exp = PartRef.Find(d, t.Expenditure, "main");
        var gen = PartRef.Find(d, t.General, "main");
        var inc = PartRef.Find(d, t.Income, "main");
        var fund = PartRef.Find(d, t.Fund.Table, t.Fund.Part);
        var cap = PartRef.Find(d, t.Capital.Table, t.Capital.Part);
        var parts = new[] { exp, gen, inc, fund, cap }.Where(p => p is not null).Select(p => p!).ToArray();

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in parts)
        foreach (var r in p.Part.Rows)
            if (r.Code is { } c && FunctionalCode.TryParse(c, out _)) codes.Add(c);
        var leaves = new List<LeafMoney>();
        foreach (var code in codes)
        {
            if (codes.Any(o => o.Length > code.Length && o.StartsWith(code, StringComparison.Ordinal))) continue;
            string label = parts.Select(p => p.Row(code)?.Label).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
            var leaf = ReadLeaf(new LeafMoney(code, label), exp, gen, inc, fund, cap, t.OwnSource, carrySource, notes);
            if (leaf.Basic != 0 || leaf.Project != 0 || leaf.Others.Count > 0) leaves.Add(leaf);
        }
        return leaves;
    }

    private static LeafMoney ReadLeaf(LeafMoney leaf, PartRef? exp, PartRef? gen, PartRef? inc, PartRef? fund, PartRef? cap,
        FundingSource ownSource, FundingSource carrySource, List<string> notes)
    {
        string code = leaf.Code;
        var g = gen?.Row(code);
        if (gen is not null && g is not null)
        {
            leaf.Basic = gen.Cell(g, "basic");
            leaf.Project = gen.Cell(g, "project");
            if (gen.Has("personnel") && gen.Has("operating"))
            {
                leaf.Split = true;
                leaf.Personnel = gen.Cell(g, "personnel");
                leaf.Operating = gen.Cell(g, "operating");
                if (leaf.Personnel + leaf.Operating != leaf.Basic)
                {
                    notes.Add($"{gen.Subject} {leaf}：基本支出 {Cents.Wan(leaf.Basic)} 不等于人员经费 {Cents.Wan(leaf.Personnel)} 与公用经费 {Cents.Wan(leaf.Operating)} 之和，按人员经费与公用经费导入。");
                    leaf.Basic = leaf.Personnel + leaf.Operating;
                }
            }
        }
        long fundBasic = fund?.Cell(code, "basic") ?? 0, fundProject = fund?.Cell(code, "project") ?? 0;
        long capBasic = cap?.Cell(code, "basic") ?? 0, capProject = cap?.Cell(code, "project") ?? 0;

        var known = new long[Natures.Length];
        known[0] = leaf.Basic + fundBasic + capBasic;
        known[1] = leaf.Project + fundProject + capProject;
        var all = (long[])known.Clone();
        var e = exp?.Row(code);
        if (exp is not null && e is not null)
            for (int n = 0; n < Natures.Length; n++) all[n] = exp.Cell(e, Natures[n].Column);
        else if (exp is not null && known.Sum() != 0)
            notes.Add($"{exp.Subject}未列 {leaf}，按{gen?.Subject ?? "其他支出表"}导入。");

        var residual = new long[Natures.Length];
        for (int n = 0; n < residual.Length; n++) residual[n] = all[n] - known[n];
        if (residual.Any(r => r < 0) && exp is not null)
            residual = Resolve(leaf, exp, gen, all, residual, fundBasic + fundProject + capBasic + capProject, notes);

        if (fundBasic != 0) leaf.Others.Add(new Portion(MoneyNature.Basic, FundingSource.GovernmentFund, false, fundBasic));
        if (fundProject != 0) leaf.Others.Add(new Portion(MoneyNature.Project, FundingSource.GovernmentFund, false, fundProject));
        if (capBasic != 0) leaf.Others.Add(new Portion(MoneyNature.Basic, FundingSource.StateCapital, false, capBasic));
        if (capProject != 0) leaf.Others.Add(new Portion(MoneyNature.Project, FundingSource.StateCapital, false, capProject));
        if (residual.Sum() > 0)
            AddResidual(leaf, residual, IncomePools(inc, leaf, fundBasic + fundProject, capBasic + capProject, carrySource), exp!, inc, ownSource, notes);
        if (gen is null) FoldGeneral(leaf);
        return leaf;
    }

    /// <summary>
    /// Without a 一般公共预算支出表, this year's 一般公共预算 money is found among the rest (by the 收入总表): count it
    /// as such, so that its 基本支出 takes the economic codes of the 基本支出表.
    /// </summary>
    private static void FoldGeneral(LeafMoney leaf)
    {
        foreach (var p in leaf.Others.Where(p => p.Source == FundingSource.GeneralPublic && !p.CarryOver).ToArray())
        {
            if (p.Nature == MoneyNature.Basic) leaf.Basic += p.Cents;
            else if (p.Nature == MoneyNature.Project) leaf.Project += p.Cents;
            else continue;
            leaf.Others.Remove(p);
        }
    }

    /// <summary>
    /// The 支出总表 and the other tables split the row differently (some column of the rest is negative): follow the
    /// table whose row agrees with its parents' split; returns the rest (money not in the other tables) that remains.
    /// </summary>
    private static long[] Resolve(LeafMoney leaf, PartRef exp, PartRef? gen, long[] all, long[] residual, long fundAndCapital, List<string> notes)
    {
        bool expOk = Agrees(exp, leaf.Code, out var expWhy);
        bool genOk = gen is not null && gen.Row(leaf.Code) is not null && Agrees(gen, leaf.Code, out _);
        string expText = $"{exp.Subject}印作基本支出 {Cents.Wan(all[0])}、项目支出 {Cents.Wan(all[1])}";
        string genText = gen is null ? "" : $"{gen.Subject}印作基本支出 {Cents.Wan(leaf.Basic)}、项目支出 {Cents.Wan(leaf.Project)}";
        var rest = new long[residual.Length];
        if (gen is not null && expOk && !genOk && fundAndCapital == 0 && residual.Sum() == 0)
        {
            Agrees(gen, leaf.Code, out var genWhy);
            leaf.Basic = all[0];
            leaf.Project = all[1];
            if (leaf.Split)
            {
                leaf.Personnel = Math.Min(leaf.Personnel, leaf.Basic);
                leaf.Operating = leaf.Basic - leaf.Personnel;
            }
            for (int n = 2; n < rest.Length; n++) rest[n] = Math.Max(0, residual[n]);
            notes.Add($"{leaf}：{expText}，{genText}，两表不一致；{exp.Short}该行与上级科目的分列相符，{gen.Short}不符（{genWhy}），采用{exp.Short}。");
            return rest;
        }

        // Follow the other tables: of the rest, keep only what the 支出总表 has in total beyond them.
        long total = residual.Sum();
        long left = Math.Max(0, total);
        for (int n = 0; n < rest.Length && left > 0; n++)
        {
            if (residual[n] <= 0) continue;
            rest[n] = Math.Min(residual[n], left);
            left -= rest[n];
        }
        string reason = gen is null ? "" : genOk && !expOk
            ? $"{gen.Short}该行与上级科目的分列相符，{exp.Short}不符（{expWhy}），采用{gen.Short}"
            : genOk ? $"两表该行都与上级科目的分列相符，采用{gen.Short}（一般公共预算支出表更细）"
            : $"两表该行都与上级科目的分列不符，采用{gen.Short}（一般公共预算支出表更细）";
        notes.Add(gen is null
            ? $"{leaf}：{expText}，少于政府性基金、国有资本经营预算支出表所列，按后者导入。"
            : $"{leaf}：{expText}，{genText}，两表不一致；{reason}。");
        if (total < 0)
            notes.Add($"{leaf}：{exp.Short}合计比其他支出表少 {Cents.Wan(-total)} 万元，按其他支出表导入。");
        return rest;
    }

    /// <summary>
    /// True when, for 基本支出 and 项目支出, each parent of <paramref name="code"/> printed in the part (款, 类, 合计) equals
    /// the sum of its printed children within rounding ((n + 1) half units for n children); otherwise
    /// <paramref name="why"/> names the first parent that does not.
    /// </summary>
    internal static bool Agrees(PartRef part, string code, out string why)
    {
        why = "";
        var ancestors = new List<string>();
        if (code.Length > 5) ancestors.Add(code[..5]);
        if (code.Length > 3) ancestors.Add(code[..3]);
        ancestors.Add("total");
        string[] columns = ["basic", "project"];
        foreach (var a in ancestors)
        {
            var parent = part.Row(a);
            if (parent is null) continue;
            int childLength = a == "total" ? 3 : a.Length == 3 ? 5 : 7;
            var children = part.Part.Rows.Where(r => r.Code is { } c && c.Length == childLength && (a == "total" || c.StartsWith(a, StringComparison.Ordinal))).ToList();
            if (children.Count == 0) continue;
            decimal tolerance = (children.Count + 1) * part.HalfUnit;
            var printed = columns.Select(c => part.Cell(parent, c)).ToArray();
            var sums = columns.Select(c => children.Sum(r => part.Cell(r, c))).ToArray();
            if (printed.Zip(sums).All(x => Math.Abs(x.First - x.Second) <= tolerance)) continue;
            string name = a == "total" ? "合计" : $"{a} {parent.Label}";
            why = $"{name}印作基本支出 {Cents.Wan(printed[0])}、项目支出 {Cents.Wan(printed[1])}，其下级合计为 {Cents.Wan(sums[0])}、{Cents.Wan(sums[1])}";
            return false;
        }
        return true;
    }

    /// <summary>
    /// The sources of a row's money beyond this year's 财政拨款 tables, from the 收入总表 columns (each column's measure
    /// names its source; a 财政拨款 column counts only what the 财政拨款 tables do not already show; 上年结转 takes
    /// <paramref name="carrySource"/>).
    /// </summary>
    private static List<(FundingSource Source, bool CarryOver, long Cents)> IncomePools(PartRef? inc, LeafMoney leaf, long fund, long capital,
        FundingSource carrySource)
    {
        var pools = new List<(FundingSource, bool, long)>();
        var row = inc?.Row(leaf.Code);
        if (inc is null || row is null) return pools;
        long general = leaf.Basic + leaf.Project;
        foreach (var column in inc.Part.Template.Columns)
        {
            var m = column.Measure;
            bool carry = m.CarryOver == true;
            if ((m.Sources.Count == 0 && !carry) || !inc.Has(column.Key)) continue;
            long v = inc.Cell(row, column.Key);
            var sources = m.Sources.Select(s => Enum.Parse<FundingSource>(s)).ToArray();
            FundingSource source = carry ? (sources.Length > 0 ? sources[0] : carrySource) : sources[0];
            if (!carry)
            {
                if (sources.Contains(FundingSource.GeneralPublic)) v -= general;
                if (sources.Contains(FundingSource.GovernmentFund)) v -= fund;
                if (sources.Contains(FundingSource.StateCapital)) v -= capital;
            }
            if (v > 0) pools.Add((source, carry, v));
        }
        return pools;
    }

    private static void AddResidual(LeafMoney leaf, long[] residual, List<(FundingSource Source, bool CarryOver, long Cents)> pools, PartRef exp,
        PartRef? inc, FundingSource ownSource, List<string> notes)
    {
        int at = 0;
        long used = 0;
        long shortfall = 0;
        var parts = new List<string>();
        for (int n = 0; n < residual.Length; n++)
        {
            long need = residual[n];
            while (need > 0 && at < pools.Count)
            {
                long take = Math.Min(need, pools[at].Cents - used);
                leaf.Others.Add(new Portion(Natures[n].Nature, pools[at].Source, pools[at].CarryOver, take));
                parts.Add($"{Chinese(Natures[n].Nature)} {Cents.Wan(take)}（{Chinese(pools[at].Source, pools[at].CarryOver)}）");
                need -= take;
                used += take;
                if (used == pools[at].Cents) { at++; used = 0; }
            }
            if (need > 0)
            {
                leaf.Others.Add(new Portion(Natures[n].Nature, ownSource, false, need));
                parts.Add($"{Chinese(Natures[n].Nature)} {Cents.Wan(need)}（{Chinese(ownSource, false)}）");
                shortfall += need;
            }
        }
        string from = inc is null ? "公开文件没有收入总表" : shortfall > 0 ? $"{inc.Short}未列出全部来源，不足部分按{Chinese(ownSource, false)}" : $"来源按{inc.Short}各列推定";
        notes.Add($"{leaf}：{exp.Short}所列支出中有 {Cents.Wan(residual.Sum())} 万元不在本年一般公共预算、政府性基金、国有资本经营预算支出表中，{from}：{string.Join("；", parts)}。");
    }

    internal static string Chinese(MoneyNature n) => n switch
    {
        MoneyNature.Basic => "基本支出",
        MoneyNature.Project => "项目支出",
        MoneyNature.Business => "经营支出",
        MoneyNature.Remit => "上解上级支出",
        _ => "对附属单位补助支出",
    };

    internal static string Chinese(FundingSource s, bool carryOver)
    {
        string name = s.ToChinese();
        return carryOver ? name + "上年结转" : name;
    }
}
