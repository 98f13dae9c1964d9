using Jixiao.Budget;
using Jixiao.Catalogs;

namespace Jixiao.Tables.Rendering;

/// <summary>
/// A <see cref="Measure"/> compiled to bit masks, so that testing an atom costs a few bit operations (no strings, no
/// LINQ, no boxing) except for economic prefixes.
/// </summary>
internal readonly struct CompiledMeasure
{
    private const uint AllBits = uint.MaxValue;

    private readonly uint _kinds;
    private readonly uint _sources;
    private readonly uint _natures;
    private readonly sbyte _carry; // -1 any, 0 this year only, 1 carry-over only
    private readonly string[]? _economic;

    private CompiledMeasure(uint kinds, uint sources, uint natures, sbyte carry, string[]? economic, uint items, bool none)
    {
        _kinds = kinds;
        _sources = sources;
        _natures = natures;
        _carry = carry;
        _economic = economic;
        Items = items;
        None = none;
    }

    /// <summary>0 for line money; else one bit per <see cref="ThreePublicKind"/> the measure adds up.</summary>
    public uint Items { get; }

    /// <summary>A cell that is never filled.</summary>
    public bool None { get; }

    public static CompiledMeasure Compile(Measure m, string where)
    {
        uint kinds = m.Kinds.Count == 0 ? AllBits : 0;
        foreach (var k in m.Kinds)
            kinds |= 1u << (int)(Enum.TryParse<ExpenseKind>(k, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
                ? kind : throw new FormatException($"{where}：未知的支出类型“{k}”"));
        uint sources = m.Sources.Count == 0 ? AllBits : 0;
        foreach (var s in m.Sources)
            sources |= 1u << (int)(Enum.TryParse<FundingSource>(s, ignoreCase: false, out var source) && Enum.IsDefined(source)
                ? source : throw new FormatException($"{where}：未知的资金来源“{s}”"));
        uint natures = m.Natures.Count == 0 ? AllBits : 0;
        foreach (var n in m.Natures)
            natures |= 1u << (int)(Enum.TryParse<UnitNature>(n, ignoreCase: false, out var nature) && Enum.IsDefined(nature)
                ? nature : throw new FormatException($"{where}：未知的单位性质“{n}”（支持 Administrative、PublicInstitution）"));
        sbyte carry = m.CarryOver switch { null => -1, false => 0, true => 1 };
        string[]? economic = m.Economic.Count == 0 ? null : m.Economic.ToArray();
        uint items = m.Item is null ? 0 : ItemBits(m.Item, where);
        return new CompiledMeasure(kinds, sources, natures, carry, economic, items, m.None);
    }

    /// <summary>The “三公” kinds a named item adds up (<c>threePublic</c>, <c>threePublic.abroad</c> …).</summary>
    public static uint ItemBits(string item, string where) => item switch
    {
        "threePublic" => Bit(ThreePublicKind.AbroadResearch) | Bit(ThreePublicKind.AbroadOther) | Bit(ThreePublicKind.VehiclePurchase)
                         | Bit(ThreePublicKind.VehicleOperation) | Bit(ThreePublicKind.Hospitality),
        "threePublic.abroad" => Bit(ThreePublicKind.AbroadResearch) | Bit(ThreePublicKind.AbroadOther),
        "threePublic.abroadResearch" => Bit(ThreePublicKind.AbroadResearch),
        "threePublic.abroadOther" => Bit(ThreePublicKind.AbroadOther),
        "threePublic.vehicles" => Bit(ThreePublicKind.VehiclePurchase) | Bit(ThreePublicKind.VehicleOperation),
        "threePublic.vehiclePurchase" => Bit(ThreePublicKind.VehiclePurchase),
        "threePublic.vehicleOperation" => Bit(ThreePublicKind.VehicleOperation),
        "threePublic.hospitality" => Bit(ThreePublicKind.Hospitality),
        _ => throw new FormatException($"{where}：未知的项目“{item}”（支持 threePublic、threePublic.abroad、threePublic.vehicles、threePublic.hospitality 等）"),
    };

    private static uint Bit(ThreePublicKind k) => 1u << (int)k;

    /// <summary>
    /// Whether an atom passes all three measures (part filter, row, column): line money passes when none of them names
    /// an item, a “三公” item when at least one does and every one that does includes it.
    /// </summary>
    public static bool Passes(in CompiledMeasure filter, in CompiledMeasure row, in CompiledMeasure column, in Atom atom)
    {
        bool anyItems = (filter.Items | row.Items | column.Items) != 0;
        if (atom.IsItem != anyItems) return false;
        return filter.Accepts(atom) && row.Accepts(atom) && column.Accepts(atom);
    }

    private bool Accepts(in Atom atom)
    {
        if (None) return false;
        if ((_sources & (1u << (int)atom.Source)) == 0) return false;
        if (_carry >= 0 && (_carry == 1) != atom.CarryOver) return false;
        if (_natures != AllBits && (atom.Nature < 0 || (_natures & (1u << atom.Nature)) == 0)) return false;
        if (atom.IsItem) return Items == 0 || (Items & (1u << atom.Item)) != 0;
        if ((_kinds & (1u << (int)atom.Kind)) == 0) return false;
        if (_economic is not null)
        {
            var code = atom.Economic;
            if (code is null) return false;
            bool any = false;
            foreach (var p in _economic)
                if (code.StartsWith(p, StringComparison.Ordinal)) { any = true; break; }
            if (!any) return false;
        }
        return true;
    }
}
