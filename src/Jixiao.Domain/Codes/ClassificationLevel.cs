namespace Jixiao.Codes;

/// <summary>The level of a classification code: 类, 款 or 项.</summary>
public enum ClassificationLevel
{
    /// <summary>类: 3 digits.</summary>
    Class = 1,
    /// <summary>款: 5 digits.</summary>
    Section = 2,
    /// <summary>项: 7 digits (functional classification only).</summary>
    Item = 3,
}
