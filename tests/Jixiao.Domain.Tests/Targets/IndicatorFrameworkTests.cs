using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

public class IndicatorFrameworkTests
{
    [Theory]
    // the names as printed in the seeds, drift included (performance-targets-domain.md)
    [InlineData("数量指标", Level2Indicator.Quantity)]
    [InlineData("成本指标", Level2Indicator.Cost)]
    [InlineData("服务对象满意度指标", Level2Indicator.RecipientSatisfaction)]
    [InlineData("服务对象满意度", Level2Indicator.RecipientSatisfaction)]
    [InlineData("服务对象满意度指", Level2Indicator.RecipientSatisfaction)]
    [InlineData("其他满意度指标", Level2Indicator.OtherSatisfaction)]
    [InlineData("可持续影响指标", Level2Indicator.Sustainability)]
    [InlineData(" 经济效益 指标 ", Level2Indicator.Economic)]
    public void Reads_a_printed_level_2_name(string printed, Level2Indicator expected) =>
        IndicatorFramework.Level2Named(printed).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("产出指标")]
    [InlineData("满意度")]
    [InlineData("服务对象")]
    [InlineData("离休干部业务经办成本")]
    [InlineData("¼½¾ﬀ㎡")] // characters that FormKC lengthens (a fuzz case once broke the buffer)
    public void Refuses_what_is_not_a_level_2_name(string printed) =>
        IndicatorFramework.Level2Named(printed).ShouldBeNull();

    [Fact]
    public void Puts_each_level_2_under_its_level_1()
    {
        IndicatorFramework.Level2InOrder.Where(l => IndicatorFramework.Parent(l) == Level1Indicator.Output)
            .Select(IndicatorFramework.Name).ShouldBe(["数量指标", "质量指标", "时效指标", "成本指标"]);
        IndicatorFramework.Level2InOrder.Where(l => IndicatorFramework.Parent(l) == Level1Indicator.Benefit)
            .Select(IndicatorFramework.Name).ShouldBe(["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]);
        IndicatorFramework.Parent(Level2Indicator.RecipientSatisfaction).ShouldBe(Level1Indicator.Satisfaction);
    }
}
