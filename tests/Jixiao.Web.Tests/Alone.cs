namespace Jixiao.Web.Tests;

/// <summary>
/// The tests that load the machine themselves — a browser, a server process killed mid-uploads — run on their own,
/// not beside the other classes: on two cores their timing would otherwise depend on what runs next to them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
