namespace Jixiao.Targets.Library;

/// <summary>Something seen in the library (a unit, a value, a comparison) and in how many forms it was seen.</summary>
public readonly record struct Tallied<T>(T Value, int Forms);
