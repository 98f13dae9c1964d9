using System.Globalization;
using Spectre.Console;

namespace Jixiao.Cli.Rendering;

/// <summary>
/// The width Spectre.Console wraps lines at: <c>COLUMNS</c> when set, else the terminal's; when the output goes to a
/// file or a pipe, so wide that no line is wrapped (Spectre would break every line at 80 columns, mid-word: <c>2\n021年</c>).
/// </summary>
internal static class ConsoleWidth
{
    /// <summary>The width of output that is not a terminal: wider than any line Jixiao prints.</summary>
    public const int Unwrapped = 4096;

    /// <summary>Sets the width of <paramref name="console"/>; <paramref name="columns"/> is the <c>COLUMNS</c> variable.</summary>
    public static void Apply(IAnsiConsole console, string? columns) =>
        console.Profile.Width = Choose(console.Profile.Out.IsTerminal, () => console.Profile.Width, columns);

    public static int Choose(bool isTerminal, Func<int> terminalWidth, string? columns)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0) return n;
        return isTerminal ? terminalWidth() : Unwrapped;
    }
}
