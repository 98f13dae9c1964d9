using Jixiao.Catalogs;
using Jixiao.Disclosures;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary><see cref="UnitDetails"/>: the unit's nature, rank, funding form and staff from the explanation paragraphs.</summary>
public class UnitDetailsTests
{
    public class TheReadMethod
    {
        [Fact]
        public void Given_the_unit_table_printed_as_paragraphs_after_its_title_When_read_Then_each_value_is_the_one_under_its_header()
        {
            TextParagraph[] paragraphs =
            [
                new("一、单位职责及机构设置情况", "单位机构设置情况", 10),
                new("一、单位职责及机构设置情况", "单位名称", 10),
                new("一、单位职责及机构设置情况", "单位性质", 10),
                new("一、单位职责及机构设置情况", "单位规格", 10),
                new("一、单位职责及机构设置情况", "经费保障形式", 10),
                new("一、单位职责及机构设置情况", "某县医疗保险服务中心", 12),
                new("一、单位职责及机构设置情况", "全额事业", 12),
                new("一、单位职责及机构设置情况", "股级", 12),
                new("一、单位职责及机构设置情况", "财政拨款", 12),
            ];
            var notes = new List<string>();

            var unit = UnitDetails.Read("900001", "某县医疗保险服务中心", paragraphs, notes);

            unit.Nature.ShouldBe(UnitNature.PublicInstitution);
            unit.Rank.ShouldBe("股级");
            unit.FundingForm.ShouldBe("财政拨款");
            notes.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_sentence_about_the_unit_When_read_Then_nature_and_staff_come_from_it()
        {
            var notes = new List<string>();

            var unit = UnitDetails.Read("900001", "某县医疗保险服务中心",
                [new("二、机构设置及人员情况", "某县医疗保险服务中心为全额拨款事业单位，内设2个股室，编制12人，实有人数11人。", 5)], notes);

            unit.Nature.ShouldBe(UnitNature.PublicInstitution);
            unit.AuthorizedStaff.ShouldBe(12);
            unit.ActualStaff.ShouldBe(11);
            notes.ShouldBeEmpty();
        }

        [Fact]
        public void Given_nothing_about_the_unit_When_read_Then_it_is_administrative_with_a_note()
        {
            var notes = new List<string>();

            var unit = UnitDetails.Read("900001", "某单位", [new("", "行政事业单位医疗支出增加。", 5)], notes);

            unit.Nature.ShouldBe(UnitNature.Administrative);
            notes.ShouldHaveSingleItem().ShouldContain("按行政单位导入");
        }
    }
}
