namespace Jixiao.Documents.Xlsx.Input;

/// <summary>Whether a column must be filled.</summary>
internal enum Need
{
    /// <summary>必填.</summary>
    Required,
    /// <summary>选填.</summary>
    Optional,
    /// <summary>视情况: required in some rows only (the guide says which).</summary>
    Conditional,
}
