using System.Text.Json;
using Jixiao.Cli.Rendering;

namespace Jixiao.Cli.Tests.Rendering;

public class ConsoleWidthTests
{
    public class TheChooseMethod
    {
        [Fact]
        public void Does_not_wrap_output_that_goes_to_a_file_or_a_pipe() =>
            ConsoleWidth.Choose(isTerminal: false, () => 80, columns: null).ShouldBe(ConsoleWidth.Unwrapped);

        [Fact]
        public void Keeps_the_width_of_a_terminal() =>
            ConsoleWidth.Choose(isTerminal: true, () => 132, columns: null).ShouldBe(132);

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Honours_COLUMNS(bool isTerminal) =>
            ConsoleWidth.Choose(isTerminal, () => 132, columns: "100").ShouldBe(100);

        [Theory]
        [InlineData("")]
        [InlineData("abc")]
        [InlineData("0")]
        [InlineData("-5")]
        public void Ignores_a_COLUMNS_that_is_no_width(string columns) =>
            ConsoleWidth.Choose(isTerminal: true, () => 132, columns).ShouldBe(132);
    }

    public class TheRedirectedConsole
    {
        [Fact]
        public void Prints_each_finding_message_on_one_line()
        {
            var seed = SeedFiles.Path(SeedFiles.Xinglong);
            using var json = JsonDocument.Parse(CliRunner.Run("check", seed, "--json").Stdout);
            var messages = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
                .Select(f => f.GetProperty("message").GetString()!).ToList();
            messages.ShouldContain(m => m.Length > 120); // longer than any terminal would show on one line

            var text = CliRunner.Run("check", seed, "--verbose").Console;
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToHashSet();
            // a root's message under its heading, a finding it caused further in under it
            foreach (var m in messages) lines.ShouldContain(l => l == "      " + m || l == "          " + m);
        }
    }
}
