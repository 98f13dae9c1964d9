using System.Text;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Text;

/// <summary>
/// The encodings a published text arrives in (issue 11, point 9): UTF-8 with a stray byte stays UTF-8, UTF-16 with or
/// without a BOM is read, GB18030 is still GB18030.
/// </summary>
public class TextFilesTests
{
    private const string Text = "单位预算支出总表\n123456某县医疗保障局\t预算年度：2022\t单位：万元\n序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        + "1\t\t合计\t100.00\t60.00\t40.00\n2\t210\t卫生健康支出\t100.00\t60.00\t40.00\n";

    static TextFilesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public class TheDecodeWithWarningMethod
    {
        [Fact]
        public void Reads_UTF8_with_one_bad_byte_as_UTF8_with_the_byte_replaced_and_a_warning()
        {
            var bytes = Encoding.UTF8.GetBytes(Text).ToList();
            bytes.Insert(Encoding.UTF8.GetByteCount("单位预算支出总表\n123456某县"), 0xFF);

            var decoded = TextFiles.DecodeWithWarning([.. bytes]);

            decoded.Encoding.ShouldBe("UTF-8");
            decoded.Text.ShouldBe(Text.Replace("某县", "某县\ufffd", StringComparison.Ordinal));
            decoded.Warning.ShouldBe("文件按 UTF-8 读取，其中 1 处字节不是有效的 UTF-8，已替换为“\ufffd”（附近的文字可能有误）");
        }

        [Theory]
        [InlineData(false, true)]
        [InlineData(true, true)]
        [InlineData(false, false)]
        [InlineData(true, false)]
        public void Reads_UTF16_with_or_without_a_BOM(bool bigEndian, bool bom)
        {
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: bom);
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];

            var decoded = TextFiles.DecodeWithWarning(bytes);

            decoded.Text.ShouldBe(Text);
            decoded.Encoding.ShouldStartWith(bigEndian ? "UTF-16 BE" : "UTF-16 LE");
            decoded.Warning.ShouldBeNull();
        }

        [Fact]
        public void Still_reads_GB18030_as_GB18030()
        {
            var decoded = TextFiles.DecodeWithWarning(Encoding.GetEncoding("GB18030").GetBytes(Text));

            decoded.Encoding.ShouldBe("GB18030");
            decoded.Text.ShouldBe(Text);
            decoded.Warning.ShouldBeNull();
        }

        [Fact]
        public void Reads_clean_UTF8_with_and_without_a_BOM_without_a_warning()
        {
            TextFiles.DecodeWithWarning(Encoding.UTF8.GetBytes(Text)).ShouldBe(new DecodedText(Text, "UTF-8", null));
            TextFiles.DecodeWithWarning([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]).ShouldBe(new DecodedText(Text, "UTF-8", null));
        }
    }

    [Fact]
    public void A_published_text_with_a_bad_byte_gets_an_RD_ENC_01_finding_on_its_line()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jixiao-enc-").FullName, "bad.txt");
        var bytes = Encoding.UTF8.GetBytes(Text).ToList();
        bytes.Insert(Encoding.UTF8.GetByteCount("单位预算支出总表\n123456某县"), 0xC3); // a cut two-byte sequence
        File.WriteAllBytes(path, [.. bytes]);

        var d = PublishedTextReader.ReadFile(path);

        var finding = d.ReadFindings.Where(f => f.RuleId == "RD-ENC-01").ShouldHaveSingleItem();
        finding.Subject.ShouldBe("bad.txt");
        finding.Line.ShouldBe(2);
        d.UnitName.ShouldNotBeNull().ShouldContain("某县");
    }
}
