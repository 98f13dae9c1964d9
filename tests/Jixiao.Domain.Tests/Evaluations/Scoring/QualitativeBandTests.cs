using Jixiao.Evaluations.Scoring;

namespace Jixiao.Domain.Tests.Evaluations.Scoring;

public class QualitativeBandTests
{
    [Fact]
    public void Ends_are_given_to_two_decimals_inside_the_band()
    {
        // 18.33 points: 80 % = 14.664 → 14.67 (the lowest 2-decimal score in the band); 60 % = 10.998 → 11.00; 100 % = 18.33
        var top = new QualitativeBand("达成年度指标", 0.8m, 1m);
        var middle = new QualitativeBand("部分达成并具有一定效果", 0.6m, 0.8m);
        (top.Lowest(18.33m), top.Highest(18.33m)).ShouldBe((14.67m, 18.33m));
        (middle.Lowest(18.33m), middle.Highest(18.33m)).ShouldBe((11.00m, 14.66m));
    }

    [Fact]
    public void A_grade_scale_without_grades_is_refused()
    {
        Should.Throw<ArgumentException>(() => new GradeScale([]));
        // 90 itself is 优
        new GradeScale([("优", 90m), ("良", 80m), ("中", 60m), ("差", 0m)]).GradeOf(90m).ShouldBe("优");
    }
}
