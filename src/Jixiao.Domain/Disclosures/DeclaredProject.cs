using Jixiao.Money;

namespace Jixiao.Disclosures;

/// <summary>A project as its performance target table in the disclosure declares it: code, name, money (in the table's unit).</summary>
public sealed record DeclaredProject(string? Code, string Name, Figure? Amount, string Unit, int Line);
