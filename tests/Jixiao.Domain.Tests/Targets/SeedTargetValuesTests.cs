using Jixiao.Documents.Tests;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// Every target and actual value printed in the three seeds, each string once, with what it means written out by hand
/// (format: <see cref="Describe"/>). Qualitative text is read, not unreadable: none of these may be unreadable.
/// </summary>
public class SeedTargetValuesTests
{
    /// <summary>Every 指标值 of tests/corpus/real/xinzhou-2022-performance-targets.txt (11 Shanxi 申报表, both halves).</summary>
    public static TheoryData<string, string> XinzhouTargets => new()
    {
        { "≥5个", "≥5个 [Count]" },
        { "≥95%", "≥95% [Percent]" },
        { "及时响应", "qualitative 及时响应" },
        { "≤10万元", "≤10万元 [Money =100000元]" },
        { "显著提升", "qualitative 显著提升" },
        { "影响程度较高", "qualitative 影响程度较高" },
        { "≥419713人", "≥419713人 [Count]" },
        { "有效提升", "qualitative 有效提升" },
        { "及时", "qualitative 及时" },
        { "≤30万元", "≤30万元 [Money =300000元]" },
        { "持续运行", "qualitative 持续运行" },
        { "≥92%", "≥92% [Percent]" },
        { "≥3类", "≥3类 [Count]" },
        { "及时支付", "qualitative 及时支付" },
        { "≤16万元", "≤16万元 [Money =160000元]" },
        { "≥4次", "≥4次 [Count]" },
        { "及时组织", "qualitative 及时组织" },
        { "≤6万元", "≤6万元 [Money =60000元]" },
        { "≤5万元", "≤5万元 [Money =50000元]" },
        { "2人", "=2人 [Count]" },
        { "≤30工作日", "≤30工作日 [Duration]" },
        { "18000元/年", "=18000元/年 [Money per 年]" },
        { "积极落实并推进乡村振兴", "qualitative 积极落实并推进乡村振兴" },
        { "≤155人", "≤155人 [Count]" },
        { "100%", "=100% [Percent]" },
        { "2022年12月20日前", "deadline year=2022 month=12 day=20 Before" },
        { "≤800万元", "≤800万元 [Money =8000000元]" },
        { "有效减轻", "qualitative 有效减轻" },
        { "建立健全相关政策并执行", "qualitative 建立健全相关政策并执行" },
        { "≤17人", "≤17人 [Count]" },
        { "39人", "=39人 [Count]" },
        { "明显", "qualitative 明显" },
        { "≤ 2272689 人", "≤2272689人 [Count]" },
        { "0人", "=0人 [Count]" },
        { "2022年6月30日前", "deadline year=2022 month=6 day=30 Before" },
        { "≤ 4197 万元", "≤4197万元 [Money =41970000元]" },
        { "平稳可持续", "qualitative 平稳可持续" },
        { "$\\geq 92\\%$", "≥92% [Percent]" },
        { "≤20100人", "≤20100人 [Count]" },
        { "2022年11月30日前", "deadline year=2022 month=11 day=30 Before" },
        { "≤2052万元", "≤2052万元 [Money =20520000元]" },
        { "≤1692366剂次", "≤1692366剂次 [Count]" },
        { "2022年12月31日前", "deadline year=2022 month=12 day=31 Before" },
        { "≤200万元", "≤200万元 [Money =2000000元]" },
        { "贡献度较高", "qualitative 贡献度较高" },
    };

    /// <summary>Every 指标值 of the 23 Hebei 绩效目标表 in tests/corpus/real/xinglong-2021-unit-budget.txt not listed above.</summary>
    public static TheoryData<string, string> XinglongTargets => new()
    {
        { "≥100贫困人口全员补助100%", "≥100% [Percent] after=贫困人口全员补助100%" },
        { "≥100资金到位率100%", "≥100% [Percent] after=资金到位率100%" },
        { "≥100完成率100%", "≥100% [Percent] after=完成率100%" },
        { "资金用于提高贫困人口医疗保障救助水平新增资金", "qualitative 资金用于提高贫困人口医疗保障救助水平新增资金" },
        { "≥60群众投诉下降率60%以上", "≥60% [Percent] after=群众投诉下降率60%以上" },
        { "≥100群众满意度100%", "≥100% [Percent] after=群众满意度100%" },
        { "发放宣传明白纸等人数", "qualitative 发放宣传明白纸等人数" },
        { "政策知晓度提升", "qualitative 政策知晓度提升" },
        { "及时宣传政策", "qualitative 及时宣传政策" },
        { "不超过年初预算数", "≤ ref 年初预算数" },
        { "更多人享受医疗保障政策", "qualitative 更多人享受医疗保障政策" },
        { "≥95医保政策更多人受益", "≥95 after=医保政策更多人受益" },
        { "更多参保群众知晓政策", "qualitative 更多参保群众知晓政策" },
        { "≥95服务满意程度", "≥95 after=服务满意程度" },
        { "≥100全覆盖", "≥100 after=全覆盖" },
        { "≥100达标", "≥100 after=达标" },
        { "完成", "qualitative 完成" },
        { "不超过预算数", "≤ ref 预算数" },
        { "达标", "qualitative 达标" },
        { "≥95基本满意", "≥95 after=基本满意" },
        { "完成代理各类医保案件的诉讼，提供法律服务的数量", "qualitative 完成代理各类医保案件的诉讼，提供法律服务的数量" },
        { "有效", "qualitative 有效" },
        { "减少医保基金损失", "qualitative 减少医保基金损失" },
        { "保障医保和群众权益", "qualitative 保障医保和群众权益" },
        { "维护医保权益，保障工作有序开展", "qualitative 维护医保权益，保障工作有序开展" },
        { "≥95群众对医保工作整体满意度", "≥95 after=群众对医保工作整体满意度" },
        { "≥100贫困人口全员补助", "≥100 after=贫困人口全员补助" },
        { "≥100资金到位率", "≥100 after=资金到位率" },
        { "≥100按照要求完成研究任务的项目在所有立项项目中的比例", "≥100 after=按照要求完成研究任务的项目在所有立项项目中的比例" },
        { "≥60资金用于提高贫困人口医疗保障救助水平新增资金", "≥60 after=资金用于提高贫困人口医疗保障救助水平新增资金" },
        { "全县约429个定点机构完成换牌", "=429个 [Count] before=全县约 after=定点机构完成换牌" },
        { "保质保量完成所有定点门牌更换", "qualitative 保质保量完成所有定点门牌更换" },
        { "按时完成门牌更换", "qualitative 按时完成门牌更换" },
        { "不超年初预算数", "≤ ref 年初预算数" },
        { "提高服务水平", "qualitative 提高服务水平" },
        { "方便群众办事", "qualitative 方便群众办事" },
        { "长期较好开展业务", "qualitative 长期较好开展业务" },
        { "≥95服务对象满意度", "≥95 after=服务对象满意度" },
        { "对定点医药机构开展培训人次数", "qualitative 对定点医药机构开展培训人次数" },
        { "被培训人员掌握医疗政策情况", "qualitative 被培训人员掌握医疗政策情况" },
        { "按方案及时安排培训", "qualitative 按方案及时安排培训" },
        { "提高医保资金使用效益", "qualitative 提高医保资金使用效益" },
        { "业务水平提升，服务对象受益", "qualitative 业务水平提升，服务对象受益" },
        { "较好地开展业务、执行医保政策", "qualitative 较好地开展业务、执行医保政策" },
        { ">95服务对象满意程度", ">95 after=服务对象满意程度" },
        { "≥95是否所有代办员都发放补助", "≥95 after=是否所有代办员都发放补助" },
        { "≥95代办员工资是否全员发放", "≥95 after=代办员工资是否全员发放" },
        { "≥95是否及时发放", "≥95 after=是否及时发放" },
        { "≥95项目在所有立项项目中的比例（百分比）", "≥95 after=项目在所有立项项目中的比例（百分比）" },
        { "≥95资金用于待遇发放准确性", "≥95 after=资金用于待遇发放准确性" },
        { "≥95确保居民医疗保险经办工作顺利开展", "≥95 after=确保居民医疗保险经办工作顺利开展" },
        { "≥95确保居民医疗保险经办工作长期稳定开展", "≥95 after=确保居民医疗保险经办工作长期稳定开展" },
        { "≥95享受社会保障待遇人员满意度", "≥95 after=享受社会保障待遇人员满意度" },
        { "配合省市检查次数", "qualitative 配合省市检查次数" },
        { "按时完成", "qualitative 按时完成" },
        { "≥100及时性", "≥100 after=及时性" },
        { "不超过预算", "≤ ref 预算" },
        { "确保基金安全", "qualitative 确保基金安全" },
        { "医保基金服务更多参保群众", "qualitative 医保基金服务更多参保群众" },
        { "能够长期保证医疗基金安全运行。", "qualitative 能够长期保证医疗基金安全运行" },
        { "≥95贫困人口全员补助", "≥95 after=贫困人口全员补助" },
        { "≥95资金到位率", "≥95 after=资金到位率" },
        { "≥95落实省委省政府提高农村贫困人口住院及门诊报销水平政策", "≥95 after=落实省委省政府提高农村贫困人口住院及门诊报销水平政策" },
        { "≥95医保网络覆盖村所数量", "≥95 after=医保网络覆盖村所数量" },
        { "网络运行的质量良好", "qualitative 网络运行的质量良好" },
        { "按协议要求及时完成村所网络连接及服务", "qualitative 按协议要求及时完成村所网络连接及服务" },
        { "保障业务运转", "qualitative 保障业务运转" },
        { "方便更多参保群众", "qualitative 方便更多参保群众" },
        { "提高医保报销人数", "qualitative 提高医保报销人数" },
        { "≥100案件调查率达到100%", "≥100% [Percent] after=案件调查率达到100%" },
        { "每个案件都出具认定结果通知", "qualitative 每个案件都出具认定结果通知" },
        { "及时对每个案件调查服务", "qualitative 及时对每个案件调查服务" },
        { "每个案件调查服务费300元", "=300元 [Money] before=每个案件调查服务费" },
        { "确保医保基金运行安全", "qualitative 确保医保基金运行安全" },
        { "保障参保居民医疗保险权益", "qualitative 保障参保居民医疗保险权益" },
        { "可持续性服务", "qualitative 可持续性服务" },
        { "群众满意度", "qualitative 群众满意度" },
        { "达成", "qualitative 达成" },
        { "有效发展", "qualitative 有效发展" },
        { "发放4名劳务派遣工资、保险", "=4名 [Count] before=发放 after=劳务派遣工资、保险" },
        { "专款专用，保障发放", "qualitative 专款专用，保障发放" },
        { "按时发放工资及缴纳保险", "qualitative 按时发放工资及缴纳保险" },
        { "保障医保工作正常运行，维护基金安全", "qualitative 保障医保工作正常运行，维护基金安全" },
        { "业务正常运行，保障群众利益", "qualitative 业务正常运行，保障群众利益" },
        { "保障医保工作顺利开展", "qualitative 保障医保工作顺利开展" },
        { "≥100确保参保人员全员补助", "≥100 after=确保参保人员全员补助" },
        { "确保补助资金县级配套", "qualitative 确保补助资金县级配套" },
        { "确保配套资金及时到位", "qualitative 确保配套资金及时到位" },
        { "配套资金用于基金支出", "qualitative 配套资金用于基金支出" },
        { "业务保障能力提升情况", "qualitative 业务保障能力提升情况" },
        { "基本公共服务水平", "qualitative 基本公共服务水平" },
        { "服务对象满意度", "qualitative 服务对象满意度" },
        { "保障医药机构药品采购量", "qualitative 保障医药机构药品采购量" },
        { "保障药品耗材等价格稳定", "qualitative 保障药品耗材等价格稳定" },
        { "≥95药品采购完成情况", "≥95 after=药品采购完成情况" },
        { "≥95带量采购，降低药品价格", "≥95 after=带量采购，降低药品价格" },
        { "更多参保群众受益", "qualitative 更多参保群众受益" },
        { "≥90确保应享受待遇人员应保尽保", "≥90 after=确保应享受待遇人员应保尽保" },
        { "用于长护险待遇专款专用", "qualitative 用于长护险待遇专款专用" },
        { "确保应享受待遇人员应保尽保", "qualitative 确保应享受待遇人员应保尽保" },
        { " 根据省市视频会议安排情况", "qualitative 根据省市视频会议安排情况" },
        { "保障参加省市云视频会议质量", "qualitative 保障参加省市云视频会议质量" },
        { "按省市要求进度完成云视频会议系统建设", "qualitative 按省市要求进度完成云视频会议系统建设" },
        { "节约成本，提高工作效率", "qualitative 节约成本，提高工作效率" },
        { "系统正常运行，保障群众利益", "qualitative 系统正常运行，保障群众利益" },
        { "能够长期较好开展云视频会议，提高工作效率", "qualitative 能够长期较好开展云视频会议，提高工作效率" },
        { "每个案件调查服务费固定", "qualitative 每个案件调查服务费固定" },
        { "≥95确保参保人员全员补助", "≥95 after=确保参保人员全员补助" },
        { "确保补助资金县级配套116元", "=116元 [Money] before=确保补助资金县级配套" },
        { "确保资金及时到位", "qualitative 确保资金及时到位" },
        { "业务保障能力提升", "qualitative 业务保障能力提升" },
        { "≥90确保应享受二残待遇人员应保尽保", "≥90 after=确保应享受二残待遇人员应保尽保" },
        { "≥90确保应享受二残待遇人员发放待遇数准确", "≥90 after=确保应享受二残待遇人员发放待遇数准确" },
        { "≥90确保应享受二残待遇人员发放待遇数", "≥90 after=确保应享受二残待遇人员发放待遇数" },
        { "确保应享受二残待遇人员发放待遇数", "qualitative 确保应享受二残待遇人员发放待遇数" },
        { "二残人员医疗待遇保障制度", "qualitative 二残人员医疗待遇保障制度" },
    };

    /// <summary>Every 目标值 of tests/corpus/real/jinzhong-2021-self-evaluation.txt not listed above.</summary>
    public static TheoryData<string, string> JinzhongTargets => new()
    {
        { "2501278人", "=2501278人 [Count]" },
        { "65%", "=65% [Percent]" },
        { "6月底", "deadline month=6 end On" },
        { "12920.21万元", "=12920.21万元 [Money =129202100元]" },
        { "定点医疗机构就医以后产生的医疗费用按规定", "qualitative 定点医疗机构就医以后产生的医疗费用按规定" },
        { "95%", "=95% [Percent]" },
        { "2次以上", "≥2次 [Count]" },
        { "60分钟以下", "≤60分钟 [Duration =3600秒]" },
        { "逐步推开", "qualitative 逐步推开" },
        { "5万元", "=5万元 [Money =50000元]" },
        { "普遍知晓", "qualitative 普遍知晓" },
        { "90%以上", "≥90% [Percent]" },
        { "1488.78万元", "=1488.78万元 [Money =14887800元]" },
        { "60%-70%", "60%..70% [Percent]" },
        { "343人", "=343人 [Count]" },
        { "年底前完成", "deadline end Before after=完成" },
        { "1000万元", "=1000万元 [Money =10000000元]" },
        { "有效保障", "qualitative 有效保障" },
        { "大于90%", ">90% [Percent]" },
        { "98676人", "=98676人 [Count]" },
        { "运行规范,救助效果明显,能够为困难群众", "qualitative 运行规范,救助效果明显,能够为困难群众" },
        { "救助“一站式”即时结算服务,实现住院费用", "qualitative 救助“一站式”即时结算服务,实现住院费用" },
        { "325万元", "=325万元 [Money =3250000元]" },
        { "有效维护", "qualitative 有效维护" },
    };

    /// <summary>Every 实际完成指标值 of tests/corpus/real/jinzhong-2021-self-evaluation.txt not listed above.</summary>
    public static TheoryData<string, string> JinzhongActuals => new()
    {
        { "2455592", "=2455592" },
        { "12579.3097", "=12579.3097" },
        { "住院比例55%-85%", "55%..85% [Percent] before=住院比例" },
        { "3次", "=3次 [Count]" },
        { "完成试点任务", "qualitative 完成试点任务" },
        { "90%", "=90% [Percent]" },
        { "1488.78", "=1488.78" },
        { "343", "=343" },
        { "已完成", "qualitative 已完成" },
        { "754", "=754" },
        { "满意", "qualitative 满意" },
        { "救助效果明显,能够为", "qualitative 救助效果明显,能够为" },
        { "在医疗机构当场结算的快", "qualitative 在医疗机构当场结算的快" },
        { "905", "=905" },
    };
    private static IEnumerable<TheoryData<string, string>> AllLists() => [XinzhouTargets, XinglongTargets, JinzhongTargets, JinzhongActuals];

    private static IEnumerable<string> Listed() => AllLists().SelectMany(list => list.Select(row => row.Data.Item1));

    public class TheParseMethod
    {
        [Theory]
        [MemberData(nameof(XinzhouTargets), MemberType = typeof(SeedTargetValuesTests))]
        [MemberData(nameof(XinglongTargets), MemberType = typeof(SeedTargetValuesTests))]
        [MemberData(nameof(JinzhongTargets), MemberType = typeof(SeedTargetValuesTests))]
        [MemberData(nameof(JinzhongActuals), MemberType = typeof(SeedTargetValuesTests))]
        public void Given_a_value_printed_in_a_seed_When_parsed_Then_it_reads_as_worked_out_by_hand(string text, string expected)
        {
            var value = TargetValue.Parse(text);

            Describe.Of(value).ShouldBe(expected);
            value.Kind.ShouldNotBe(TargetValueKind.Unreadable);
            value.Kind.ShouldNotBe(TargetValueKind.Empty);
            value.Text.ShouldBe(text);
        }

        [Fact]
        public void Given_the_lists_When_counted_Then_they_hold_199_different_strings()
        {
            var listed = Listed().ToArray();

            listed.Length.ShouldBe(199);
            listed.Distinct(StringComparer.Ordinal).Count().ShouldBe(listed.Length);
        }

        [Fact]
        public void Given_every_value_cell_of_the_seeds_When_looked_up_Then_each_is_listed()
        {
            var listed = Listed().ToHashSet(StringComparer.Ordinal);
            static string[] Filled(IEnumerable<string> cells) => cells.Where(c => c.Trim().Length > 0).ToArray();
            var xinzhou = Filled(SeedCells.Xinzhou());
            var xinglong = Filled(SeedCells.Xinglong());
            var jinzhong = Filled(SeedCells.Jinzhong());

            // 11 forms × 2 halves × 9 rows, less the empty 经济效益 and 生态效益 rows; 23 Hebei tables; 5 self-evaluations, blank rows left out.
            (xinzhou.Length, xinglong.Length, jinzhong.Length).ShouldBe((154, 186, 62));
            xinzhou.Concat(xinglong).Concat(jinzhong).Where(c => !listed.Contains(c)).ShouldBeEmpty();
        }

        [Fact]
        public void Given_the_seed_values_When_counted_by_kind_Then_none_is_unreadable_and_the_kinds_add_up()
        {
            var kinds = Listed().Select(TargetValue.Parse).GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => g.Count());

            kinds.ShouldNotContainKey(TargetValueKind.Unreadable);
            kinds[TargetValueKind.Quantity].ShouldBe(92);
            kinds[TargetValueKind.Qualitative].ShouldBe(95);
            kinds[TargetValueKind.Deadline].ShouldBe(6);
            kinds[TargetValueKind.Range].ShouldBe(2);
            kinds[TargetValueKind.Reference].ShouldBe(4);
        }
    }

    /// <summary>The value cells of the seeds, found by their layout (tab-separated rows; Hebei cells one per line).</summary>
    private static class SeedCells
    {
        private static readonly string[] SecondLevel =
            ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度"];

        /// <summary>Shanxi 申报表: in each indicator row, the cell two after a 二级 name, in both halves.</summary>
        public static IEnumerable<string> Xinzhou()
        {
            bool inside = false;
            foreach (var line in SeedFiles.Text(SeedFiles.Xinzhou).Split('\n'))
            {
                if (line.StartsWith("绩效指标", StringComparison.Ordinal)) { inside = true; continue; }
                if (line.StartsWith("负责人", StringComparison.Ordinal)) inside = false;
                if (!inside) continue;
                var cells = line.Split('\t');
                for (int i = 0; i + 2 < cells.Length; i++)
                {
                    if (!SecondLevel.Any(name => cells[i].StartsWith(name, StringComparison.Ordinal))) continue;
                    yield return cells[i + 2];
                    i += 2;
                }
            }
        }

        /// <summary>Hebei 绩效目标表: rows of six cells (一级, 二级, 三级, 描述, 指标值, 依据), one tab-led line each, rows apart by blank lines.</summary>
        public static IEnumerable<string> Xinglong()
        {
            var paragraphs = System.Text.RegularExpressions.Regex.Split(SeedFiles.Text(SeedFiles.Xinglong), "\\n[ \\t]*\\n");
            bool inside = false;
            var pending = new List<string>();
            foreach (var paragraph in paragraphs)
            {
                var cells = paragraph.Split('\n').Select(c => c.StartsWith('\t') ? c[1..] : c).ToList();
                if (cells.Take(2).Contains("一级指标")) { inside = true; continue; }
                if (!inside) continue;
                if (!paragraph.StartsWith('\t')) { inside = false; continue; }
                cells.InsertRange(0, pending);
                pending.Clear();
                if (cells.Count < 6) { pending.AddRange(cells); continue; } // a row broken by a blank line
                yield return cells[4];
            }
        }

        /// <summary>Shanxi 自评表: 目标值 and 实际完成指标值, the fourth and fifth cells of each row of 绩效目标实现情况.</summary>
        public static IEnumerable<string> Jinzhong()
        {
            bool inside = false;
            foreach (var line in SeedFiles.Text(SeedFiles.Jinzhong).Split('\n'))
            {
                if (line.StartsWith("绩效目标实现情况", StringComparison.Ordinal)) { inside = true; continue; }
                if (line.StartsWith("项目绩效情况", StringComparison.Ordinal)) inside = false;
                if (!inside) continue;
                var cells = line.Split('\t');
                if (cells.Length < 5) continue;
                yield return cells[3];
                yield return cells[4];
            }
        }
    }
}
