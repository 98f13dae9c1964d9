using FsCheck;
using FsCheck.Fluent;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Money;

namespace Jixiao.Domain.Tests.Tables;

/// <summary>
/// Random unit budgets of realistic shape for the rounding properties: a classification tree of 1–4 functional 类
/// from the year's catalog, 1–3 款 each, 1–3 项 each; a few to a few hundred lines over those 项 with random kinds,
/// sources, economic 款 that fit the kind, carry-over, and amounts with random 元 and 分 spread from a few 元 to
/// millions; “三公” items consistent with their economic lines. Built for one table set's shape (<see cref="Shape"/>).
/// </summary>
public static class RandomBudgets
{
    private static readonly int[] Years = CatalogSet.AvailableYears.ToArray();

    /// <summary>The shape of budget a table set can show.</summary>
    public enum Shape
    {
        /// <summary>
        /// Set H: a single unit; every kind (经营支出, 上解上级支出, 对附属单位补助支出 too) from every source, carry-over of
        /// every source (一般公共预算 included).
        /// </summary>
        H,
        /// <summary>
        /// Set S: the own unit (mostly 行政, sometimes 事业) and 0–3 sub-units of both natures, lines spread over them;
        /// 基本支出 and 项目支出 only (set S prints no other kind: 支出总表 合计 = 基本支出 + 项目支出); carry-over of every
        /// source, of 项目支出 from 财政拨款 only (表13 项目支出预算表（上年结转） shows 财政拨款 columns only).
        /// </summary>
        S,
    }

    public sealed record LineSpec(int Path, int Kind, int Source, int Economic, long Cents, bool CarryOver, int Project, int Unit);

    /// <summary>
    /// A budget: its catalog tree, lines, “三公” split, units; and which variety its lines may show (carry-over, kinds
    /// other than 基本 / 项目支出, sources other than 一般公共预算) — budgets without some of it exercise the relations that
    /// apply only then (no carry-over, all money 一般公共预算 …).
    /// </summary>
    public sealed record BudgetSpec(int Year, int[] Classes, int[] Paths, LineSpec[] Lines, int AbroadSplit, long VehiclePurchase, long FundHospitality,
        int OwnNature, int[] SubUnitNatures, bool WithCarryOver = true, bool WithOtherKinds = true, bool WithOtherSources = true);

    private static Gen<long> Cents =>
        from magnitude in Gen.Frequency((2, Gen.Choose(0, 2)), (4, Gen.Choose(3, 5)), (3, Gen.Choose(6, 7)))
        from digits in Gen.Choose(0, 999_999)
        from fen in Gen.Choose(0, 99)
        select magnitude switch
        {
            0 => 1 + digits % 9,
            1 => 10 + digits % 90,
            2 => 100 + digits % 900,
            3 => 1_000 + digits % 9_000,
            4 => 10_000 + digits % 90_000,
            5 => 100_000 + digits % 900_000,
            6 => 1_000_000L + digits * 9L,
            _ => 10_000_000L + digits * 90L,
        } * 100L + fen;

    private static Gen<LineSpec> Line =>
        from path in Gen.Choose(0, 1_000_000)
        from kind in Gen.Frequency((5, Gen.Constant(0)), (4, Gen.Constant(1)), (5, Gen.Constant(2)), (1, Gen.Choose(3, 5)))
        from source in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(1, 2)), (2, Gen.Choose(3, 9)))
        from economic in Gen.Choose(0, 1_000_000)
        from cents in Cents
        from carry in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from project in Gen.Choose(0, 7)
        from unit in Gen.Choose(0, 7)
        select new LineSpec(path, kind, source, economic, cents, carry, project, unit);

    public static Gen<BudgetSpec> Spec =>
        from year in Gen.Elements(Years)
        from classes in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 4)
        from classCount in Gen.Choose(1, 4)
        from paths in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 12)
        from pathCount in Gen.Choose(1, 12)
        from lineCount in Gen.Frequency((3, Gen.Choose(1, 12)), (4, Gen.Choose(12, 80)), (2, Gen.Choose(80, 300)))
        from lines in Gen.ArrayOf(Line, lineCount)
        from split in Gen.Choose(0, 100)
        from purchase in Gen.Frequency((3, Gen.Constant(0L)), (1, Cents))
        from fundHospitality in Gen.Frequency((4, Gen.Constant(0L)), (1, Cents))
        from ownNature in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)))
        from subUnitCount in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 3)))
        from subUnitNatures in Gen.ArrayOf(Gen.Choose(0, 1), subUnitCount)
        from withCarryOver in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        from withOtherKinds in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        from withOtherSources in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new BudgetSpec(year, classes[..classCount], paths[..pathCount], lines, split, purchase, fundHospitality, ownNature, subUnitNatures,
            withCarryOver, withOtherKinds, withOtherSources);

    public static Arbitrary<BudgetSpec> Arbitrary => Arb.From(Spec);

    private static readonly ExpenseKind[] Kinds =
        [ExpenseKind.Personnel, ExpenseKind.Operating, ExpenseKind.Project, ExpenseKind.Business, ExpenseKind.RemitToSuperior, ExpenseKind.SubsidyToSubordinate];

    private static readonly FundingSource[] Sources =
    [
        FundingSource.GeneralPublic, FundingSource.GovernmentFund, FundingSource.StateCapital, FundingSource.SpecialAccount, FundingSource.Operations,
        FundingSource.BusinessIncome, FundingSource.SuperiorSubsidy, FundingSource.SubordinateRemittance, FundingSource.Other, FundingSource.UnitOwn,
    ];

    /// <summary>The budget a spec stands for, in the shape of set H (deterministic).</summary>
    public static UnitBudget Build(BudgetSpec spec) => Build(spec, Shape.H);

    /// <summary>The budget a spec stands for, in the given shape (deterministic).</summary>
    public static UnitBudget Build(BudgetSpec spec, Shape shape)
    {
        var catalogs = CatalogSet.For(new FiscalYear(spec.Year));
        var functional = catalogs.Functional;
        var classCodes = functional.Entries.Where(e => e.Code.Length == 3 && functional.ChildrenOf(e.Code).Any(s => functional.ChildrenOf(s.Code).Any()))
            .Select(e => e.Code).ToArray();
        var chosenClasses = spec.Classes.Select(i => classCodes[i % classCodes.Length]).Distinct().ToArray();
        var items = new List<string>();
        foreach (var p in spec.Paths)
        {
            var cls = chosenClasses[p % chosenClasses.Length];
            var sections = functional.ChildrenOf(cls).Where(s => functional.ChildrenOf(s.Code).Any()).Take(3).ToArray();
            var section = sections[p / 7 % sections.Length];
            var leaves = functional.ChildrenOf(section.Code).Take(3).ToArray();
            var item = leaves[p / 31 % leaves.Length].Code;
            if (!items.Contains(item)) items.Add(item);
        }

        var economic = catalogs.DepartmentalEconomic.Entries.Where(e => e.Code.Length == 5).Select(e => e.Code).ToArray();
        var personnel = economic.Where(c => c.StartsWith("301", StringComparison.Ordinal) || c.StartsWith("303", StringComparison.Ordinal)).ToArray();
        var operating = economic.Where(c => c.StartsWith("302", StringComparison.Ordinal) || c.StartsWith("310", StringComparison.Ordinal)).ToArray();
        var projects = Enumerable.Range(0, 8).Select(i => new Project($"P{spec.Year}{i:D2}", $"项目{i + 1}")).ToArray();

        var natures = new[] { UnitNature.Administrative, UnitNature.PublicInstitution };
        var own = new BudgetUnit("990001", "随机测试单位", shape == Shape.S ? natures[spec.OwnNature] : UnitNature.Administrative);
        var subUnits = shape == Shape.S
            ? spec.SubUnitNatures.Select((n, i) => new BudgetUnit($"99000{i + 2}", $"随机测试下属单位{i + 1}", natures[n])).ToArray()
            : [];

        var lines = new List<BudgetLine>();
        foreach (var l in spec.Lines)
        {
            // Set S shows 基本支出 and 项目支出 only: a line of another kind becomes 项目支出.
            var kind = (shape == Shape.S || !spec.WithOtherKinds) && l.Kind >= 3 ? ExpenseKind.Project : Kinds[l.Kind];
            var source = spec.WithOtherSources ? Sources[l.Source] : FundingSource.GeneralPublic;
            string? econ = kind switch
            {
                ExpenseKind.Personnel => personnel[l.Economic % personnel.Length],
                ExpenseKind.Operating => operating[l.Economic % operating.Length],
                _ => l.Economic % 3 == 0 ? null : economic[l.Economic % economic.Length],
            };
            // Set S: carried-over 项目支出 only of 财政拨款 (表13 has no other columns).
            bool carry = spec.WithCarryOver && l.CarryOver && !(shape == Shape.S && kind == ExpenseKind.Project && source > FundingSource.StateCapital);
            // Lines spread over the units: the own unit (by null or by its code) or a sub-unit.
            string? unit = subUnits.Length == 0 || l.Unit < 3 ? (l.Unit == 1 ? own.Code : null) : subUnits[l.Unit % subUnits.Length].Code;
            lines.Add(new BudgetLine(FunctionalCode.Parse(items[l.Path % items.Count]), econ is null ? null : EconomicCode.Parse(econ), kind, source,
                new Yuan(l.Cents / 100m))
            {
                CarryOver = carry,
                ProjectCode = kind == ExpenseKind.Project ? projects[l.Project].Code : null,
                UnitCode = unit,
            });
        }
        // The conditions of the sets' conditional relations, each a sum of money that is either zero or clearly not.
        Separate(lines, l => l.Source != FundingSource.GeneralPublic || l.CarryOver);                     // all money is this year's 一般公共预算
        Separate(lines, l => l.Source != FundingSource.GeneralPublic || l.CarryOver || !BasicOrProject(l)); // … of 基本支出 / 项目支出
        Separate(lines, l => l.Source == FundingSource.GeneralPublic && (l.CarryOver || !BasicOrProject(l))); // 一般公共预算 = table 5
        Separate(lines, l => l.CarryOver);                                                                  // no carry-over

        // “三公” of 一般公共预算 as its economic lines give them (XT-07), plus some money of other sources.
        var basic = lines.Where(l => l.Source == FundingSource.GeneralPublic && !l.CarryOver && l.Kind is ExpenseKind.Personnel or ExpenseKind.Operating).ToList();
        long Sum(string code) => basic.Where(l => l.Economic?.Value == code).Sum(l => (long)(l.Amount.Value * 100m));
        var threePublic = new List<ThreePublicItem>();
        void Item(ThreePublicKind k, FundingSource s, long cents) { if (cents != 0) threePublic.Add(new ThreePublicItem(k, s, new Yuan(cents / 100m))); }
        long abroad = Sum("30212");
        long research = abroad * spec.AbroadSplit / 100;
        Item(ThreePublicKind.AbroadResearch, FundingSource.GeneralPublic, research);
        Item(ThreePublicKind.AbroadOther, FundingSource.GeneralPublic, abroad - research);
        Item(ThreePublicKind.VehicleOperation, FundingSource.GeneralPublic, Sum("30231"));
        Item(ThreePublicKind.Hospitality, FundingSource.GeneralPublic, Sum("30217"));
        Item(ThreePublicKind.VehiclePurchase, FundingSource.GeneralPublic, spec.VehiclePurchase);
        Item(ThreePublicKind.Hospitality, FundingSource.GovernmentFund, spec.FundHospitality);

        return new UnitBudget(own, new FiscalYear(spec.Year), lines)
        {
            Projects = projects,
            ThreePublic = threePublic,
            SubUnits = subUnits,
        };
    }

    private static bool BasicOrProject(BudgetLine l) => l.Kind is ExpenseKind.Personnel or ExpenseKind.Operating or ExpenseKind.Project;

    /// <summary>
    /// Keeps money that a conditional relation tells apart (money other than this year's 一般公共预算; carry-over) either
    /// absent or above 0.05 万元 in total, so that the condition is decided the same way on exact and on printed figures
    /// (a condition that holds only within rounding is out of the rounding's scope, see docs/rounding.md).
    /// </summary>
    private static void Separate(List<BudgetLine> lines, Func<BudgetLine, bool> which)
    {
        decimal total = lines.Where(which).Sum(l => l.Amount.Value);
        if (total == 0m || total >= 500m) return;
        int i = lines.FindIndex(l => which(l));
        lines[i] = lines[i] with { Amount = new Yuan(lines[i].Amount.Value + 500m) };
    }
}
