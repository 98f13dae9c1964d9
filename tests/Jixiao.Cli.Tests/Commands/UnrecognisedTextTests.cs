namespace Jixiao.Cli.Tests.Commands;

/// <summary>A .txt in which nothing is recognised is unreadable (exit 2), never a clean document (exit 0).</summary>
public class UnrecognisedTextTests
{
    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jixiao-txt-").FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        var path = Write("empty.txt", []);

        var (exit, console, _) = CliRunner.Run("check", path);

        exit.ShouldBe(2);
        console.ShouldContain("empty.txt：文件是空的");
    }

    [Fact]
    public void Random_bytes_are_not_a_disclosure()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = Write("rnd.txt", bytes);

        var (exit, console, _) = CliRunner.Run("check", path);

        exit.ShouldBe(2);
        console.ShouldContain("未识别为预算公开文件");
    }

    [Theory]
    [InlineData("财政支出项目绩效自评表\n")]
    [InlineData("附件2\n\n财政支出项目绩效自评表\n（2021年度）\n")]
    public void A_self_evaluation_title_alone_is_recognised_but_nothing_is_read(string text)
    {
        var path = Write("title.txt", System.Text.Encoding.UTF8.GetBytes(text));

        var (exit, console, _) = CliRunner.Run("check", path);

        exit.ShouldBe(2);
        console.ShouldContain("title.txt：识别为绩效自评表，但没有读到任何一张自评表的内容");
    }

    [Fact]
    public void A_text_with_one_recognised_table_is_still_checked()
    {
        var path = Write("one.txt", System.Text.Encoding.UTF8.GetBytes(
            "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
            "1\t\t合计\t100.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n"));

        CliRunner.Run("check", path).Exit.ShouldBe(0);
    }
}
