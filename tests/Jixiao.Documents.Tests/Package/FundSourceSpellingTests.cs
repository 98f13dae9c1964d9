using Jixiao.Documents.Package;
using Jixiao.Documents.Xlsx.Input;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Package;

/// <summary>
/// The package and the input workbook keep their own name maps of the fund sources (with the aliases they accept); the
/// names they write are the ones every form and message prints (<see cref="FundSourceNames.ToChinese"/>).
/// </summary>
public class FundSourceSpellingTests
{
    [Fact]
    public void The_package_and_the_workbook_write_each_source_as_the_forms_print_it()
    {
        string[] printed = ["中央财政资金", "省级财政资金", "市县（区）财政资金", "财政资金", "单位自筹", "其他资金"];
        var sources = Enum.GetValues<FundSource>();

        sources.Select(s => s.ToChinese()).ShouldBe(printed);
        sources.Select(PackageNames.FundSources.Name).ShouldBe(printed);
        sources.Select(InputVocabularies.FundSources.Label).ShouldBe(printed);
    }
}
