namespace Jixiao.Catalogs;

/// <summary>单位性质: it decides how departmental economic codes map to government ones.</summary>
public enum UnitNature
{
    /// <summary>行政单位 (e.g. a 医疗保障局): maps to 501 / 502 / 503.</summary>
    Administrative,
    /// <summary>事业单位 (e.g. a 医疗保险服务中心): maps to 505 / 506.</summary>
    PublicInstitution,
}

/// <summary>Chinese names of <see cref="UnitNature"/>.</summary>
public static class UnitNatures
{
    public static string ToChinese(this UnitNature nature) => nature == UnitNature.Administrative ? "行政" : "事业";

    public static bool TryParse(string? text, out UnitNature nature)
    {
        nature = UnitNature.Administrative;
        var t = text?.Trim() ?? "";
        if (t.StartsWith("行政", StringComparison.Ordinal) || t.Contains("机关", StringComparison.Ordinal)) { nature = UnitNature.Administrative; return true; }
        if (t.StartsWith("事业", StringComparison.Ordinal) || t.Contains("事业", StringComparison.Ordinal)) { nature = UnitNature.PublicInstitution; return true; }
        return false;
    }
}
