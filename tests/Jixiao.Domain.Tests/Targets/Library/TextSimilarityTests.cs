using Jixiao.Targets.Library;

namespace Jixiao.Domain.Tests.Targets.Library;

public class TextSimilarityTests
{
    public class TheBigramsMethod
    {
        [Fact]
        public void Splits_Chinese_text_into_overlapping_character_pairs() =>
            TextSimilarity.Bigrams("医疗救助").ShouldBe(["医疗", "疗救", "救助"], ignoreOrder: true);

        [Fact]
        public void Does_not_pair_across_punctuation_and_spaces() =>
            TextSimilarity.Bigrams("医疗、救助 资金").ShouldBe(["医疗", "救助", "资金"], ignoreOrder: true);

        [Fact]
        public void Folds_full_width_forms_and_keeps_a_lone_character()
        {
            TextSimilarity.Bigrams("ＰＰＰ项目").ShouldBe(["PP", "P项", "项目"], ignoreOrder: true);
            TextSimilarity.Bigrams("药").ShouldBe(["药"]);
            // The 1 of a numbered goal is noise beside the words
            TextSimilarity.Bigrams("1.医疗救助").ShouldBe(["医疗", "疗救", "救助"], ignoreOrder: true);
            TextSimilarity.Bigrams(null).ShouldBeEmpty();
        }
    }

    public class TheDiceMethod
    {
        [Fact]
        public void Is_one_for_the_same_bigrams_and_zero_for_none_shared()
        {
            var a = TextSimilarity.Bigrams("医疗救助");
            TextSimilarity.Dice(a, TextSimilarity.Bigrams("医疗救助")).ShouldBe(1.0);
            TextSimilarity.Dice(a, TextSimilarity.Bigrams("宣传印刷费")).ShouldBe(0.0);
            TextSimilarity.Dice(a, TextSimilarity.Bigrams("")).ShouldBe(0.0);
        }

        [Fact]
        public void Is_twice_the_shared_over_the_sizes()
        {
            // {医疗, 疗救, 救助} and {医疗, 疗保, 保障}: 1 shared → 2 × 1 / (3 + 3)
            TextSimilarity.Dice(TextSimilarity.Bigrams("医疗救助"), TextSimilarity.Bigrams("医疗保障")).ShouldBe(1.0 / 3, 1e-12);
            // coverage: 1 of the 3 query bigrams is in the text
            TextSimilarity.Coverage(TextSimilarity.Bigrams("医疗救助"), TextSimilarity.Bigrams("医疗保障")).ShouldBe(1.0 / 3, 1e-12);
        }
    }
}
