namespace Jixiao.Cli.Tests.Commands;

public class RulesCommandTests
{
    public class TheMarkdownOutput
    {
        [Fact]
        public void Lists_every_rule_and_docs_rules_md_documents_each_of_them()
        {
            var (exit, _, stdout) = CliRunner.Run("rules", "--markdown");
            exit.ShouldBe(0);
            var ids = stdout.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]).ToList();
            ids.ShouldContain("TBL-SUM-01");
            ids.ShouldContain("TXT-YEAR-01");
            ids.ShouldContain("PKG-01");
            ids.Count.ShouldBe(ids.Distinct().Count());

            var docs = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot(), "docs", "rules.md"));
            foreach (var id in ids) docs.ShouldContain($"`{id}`", customMessage: $"docs/rules.md lacks {id}: regenerate with `jixiao rules --markdown`");
        }
    }
}
