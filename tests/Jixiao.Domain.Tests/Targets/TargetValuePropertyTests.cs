using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Codes;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

public class TargetValuePropertyTests
{
    // Pieces of real values and of their noise, so that random texts reach the grammar's corners (dates, ranges, units,
    // LaTeX, full-width forms, huge numbers) far more often than random characters do.
    private static readonly string[] Pieces =
    [
        "≥", "≤", ">", "<", "=", "＞", "＝", "≧", "≦", "%", "％", "‰", "万元", "元", "亿", "万", "/", "人", "人员", "次", "个", "个月",
        "年", "月", "日", "号", "底", "前", "内", "以上", "以下", "以内", "不超过", "不低于", "达到", "大于", "每", "季度", "半年",
        "一", "两", "十", "次", "-", "—", "~", "至", ".", ",", "，", "。", "…", "$", "\\geq", "\\leq", "\\%", "\\", "{", "}", " ",
        "\u3000", "0", "1", "2", "9", "12", "30", "95", "2022", "１", "９", "e", "E", "G", "e400", "e-40",
        "99999999999999999999999999999", "0.000000000000000000000000001", "工作日", "分钟", "分", "项目", "满意度", "（", "）", "年底", "年内",
    ];

    private static readonly Gen<string> Soup =
        Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements(Pieces), length)).Select(string.Concat);

    private static bool HoldsTogether(string? text)
    {
        var value = TargetValue.Parse(text);
        value.Text.ShouldBe(text ?? "");
        switch (value.Kind)
        {
            case TargetValueKind.Empty or TargetValueKind.Unreadable:
                value.Reason.ShouldNotBeNullOrWhiteSpace();
                break;
            case TargetValueKind.Quantity:
                value.Comparison.ShouldNotBe(Comparison.None);
                value.Comparison.ShouldNotBe(Comparison.Between);
                _ = value.Value!.Value.InBase;
                break;
            case TargetValueKind.Range:
                value.Lower!.Value.Unit.IsConvertibleTo(value.Upper!.Value.Unit).ShouldBeTrue();
                value.Lower.Value.InBase.ShouldBeLessThanOrEqualTo(value.Upper.Value.InBase);
                break;
            case TargetValueKind.Deadline:
                _ = value.Deadline!.LatestDate(new FiscalYear(2021));
                break;
            case TargetValueKind.Frequency:
                value.Frequency!.Every.ShouldBeGreaterThan(0);
                break;
            case TargetValueKind.Qualitative or TargetValueKind.Reference:
                value.Wording.ShouldNotBeNullOrWhiteSpace();
                break;
        }
        return true;
    }

    public class TheParseMethod
    {
        [Property(MaxTest = 3000)]
        public Property Given_any_string_When_parsed_Then_it_does_not_throw_and_the_result_holds_together() =>
            Prop.ForAll(ArbMap.Default.ArbFor<string>(), HoldsTogether);

        [Property(MaxTest = 5000)]
        public Property Given_pieces_of_values_and_noise_in_any_order_When_parsed_Then_it_does_not_throw_and_the_result_holds_together() =>
            Prop.ForAll(Arb.From(Soup), HoldsTogether);

        [Property(MaxTest = 2000)]
        public Property Given_any_decimal_of_up_to_28_digits_When_printed_and_parsed_Then_it_comes_back_with_its_decimals() =>
            Prop.ForAll(Arb.From(
                from mantissa in Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(int.MinValue, int.MaxValue))
                from high in Gen.Elements(0, 0, 1, 12345, int.MaxValue / 16)
                from scale in Gen.Choose(0, 12)
                select new decimal(mantissa.Item1, mantissa.Item2, high, mantissa.Item1 < 0, (byte)scale)), d =>
            {
                var value = TargetValue.Parse(d.ToString(System.Globalization.CultureInfo.InvariantCulture) + "人").Value!.Value;
                return value.Value == d && value.Value.Scale == d.Scale;
            });

        [Property(MaxTest = 500)]
        public Property Given_a_number_of_money_in_wan_yuan_When_parsed_Then_its_yuan_are_ten_thousand_times_it() =>
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 99))), pair =>
            {
                decimal wan = pair.Item1 + pair.Item2 / 100m;
                var value = TargetValue.Parse("≤" + wan.ToString(System.Globalization.CultureInfo.InvariantCulture) + "万元");
                return value.Value!.Value.TryGetYuan(out var yuan) && yuan.Value == wan * 10_000m;
            });
    }
}
