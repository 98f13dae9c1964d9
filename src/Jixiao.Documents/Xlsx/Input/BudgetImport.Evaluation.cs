using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;
using Jixiao.Text;
using static Jixiao.Documents.Xlsx.Input.InputSheets;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>The sheets of the self-evaluation: 自评评分 and 自评信息, read into <see cref="EvaluationInput"/>.</summary>
internal sealed partial class BudgetImport
{
    /// <summary>Everything entered for one project's self-evaluation, as it is read.</summary>
    private sealed class EvaluationEntries(ScoreTemplate template)
    {
        public ScoreTemplate Template { get; } = template;
        public Dictionary<string, JudgedScore> Judged { get; } = new(StringComparer.Ordinal);
        public List<EvaluationInput.IndicatorEntry> Indicators { get; } = [];
        public List<(string Heading, string Text)> Texts { get; } = [];
        public List<Evaluator> Evaluators { get; } = [];
        public Dictionary<EvaluationInfoItem, string> SignOff { get; } = [];

        public EvaluationInput ToInput() => new()
        {
            Template = Template.Id,
            Judged = Judged,
            Indicators = Indicators,
            Texts = Texts,
            Evaluators = Evaluators,
            SignOff = SignOff.Count == 0 ? null : new SignOff(Field(EvaluationInfoItem.Head), Field(EvaluationInfoItem.Handler),
                Field(EvaluationInfoItem.Phone), Field(EvaluationInfoItem.Date)),
        };

        private string? Field(EvaluationInfoItem item) => SignOff.TryGetValue(item, out var text) ? text : null;
    }

    /// <summary>The self-evaluations by project code; null when neither sheet is there.</summary>
    private Dictionary<string, EvaluationInput>? ReadEvaluations()
    {
        var (entries, onScores) = ReadScores();
        ReadEvaluationInfo(entries, onScores);
        return entries?.ToDictionary(e => e.Key, e => e.Value.ToInput(), StringComparer.OrdinalIgnoreCase);
    }

    // ---- 自评评分 ----

    /// <summary>
    /// The entries by project of the 自评评分 rows whose template is known, and every code typed there (so that 自评信息
    /// does not report a project whose template has its own error); null when the sheet is absent or could not be read.
    /// </summary>
    private (Dictionary<string, EvaluationEntries>? Entries, HashSet<string> Typed) ReadScores()
    {
        var typed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheet = SheetTable.Open(workbook, Scores.Sheet, errors);
        if (sheet is null) return (null, typed);

        // The template is chosen once per project, on any of its rows: find it before the rows that leave it blank.
        var chosen = new Dictionary<string, (ScoreTemplate? Template, int Row)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows())
            if (row.Text(Scores.Project) is { } c && row.Text(Scores.Template) is { } t && !chosen.ContainsKey(c))
                chosen[c] = (TemplateNamed(t), row.Row);

        var result = new Dictionary<string, EvaluationEntries>(StringComparer.OrdinalIgnoreCase);
        var missingTemplate = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var itemRows = new Dictionary<(string, string), int>();
        foreach (var row in sheet.Rows())
        {
            var typedCode = row.Required(Scores.Project);
            if (typedCode is not null) typed.Add(typedCode);
            var code = typedCode is null ? null : RegisteredProject(row, Scores.Project, typedCode);
            var template = TemplateOf(row, typedCode, chosen, missingTemplate);
            var item = row.Required(Scores.Item);
            var points = row.Score(Scores.Points);
            var score = row.Score(Scores.Score);
            var band = row.Text(Scores.Band);
            var deviation = row.Text(Scores.Deviation);
            if (code is null || template is null || item is null) continue;

            if (!result.TryGetValue(code, out var entries)) result[code] = entries = new EvaluationEntries(template);
            var matches = TemplateItems(template, item);
            if (matches.Count > 1)
            {
                row.Error(Scores.Item, $"评分项“{item}”在评分模板“{template.Name}”中有{matches.Count}项（{string.Join("、", matches.Select(m => m.Key))}），" +
                    $"应写明二级，如“{matches[0].Key}”");
                continue;
            }
            if (matches.Count == 1)
                TemplateItemRow(row, entries, matches[0], points, score, band, deviation, itemRows, code);
            else
                IndicatorRow(row, entries, code, item, points, score, band, deviation, itemRows);
        }
        return (result, typed);
    }

    /// <summary>The row's template: its own 评分模板, else the one chosen on another row of the project; errors recorded.</summary>
    private ScoreTemplate? TemplateOf(RowReader row, string? code, Dictionary<string, (ScoreTemplate? Template, int Row)> chosen, HashSet<string> missing)
    {
        var text = row.Text(Scores.Template);
        var first = code is not null && chosen.TryGetValue(code, out var c) ? c : default;
        if (text is not null)
        {
            var template = TemplateNamed(text);
            if (template is null)
            {
                row.Error(Scores.Template, $"应为{string.Concat(Scores.Templates.Select(t => $"“{t.Name}”"))}之一" +
                    $"（也可填编号 {string.Join("、", Scores.Templates.Select(t => t.Id))}），实际为“{text}”");
                return null;
            }
            if (first.Template is { } earlier && earlier.Id != template.Id)
            {
                row.Error(Scores.Template, $"同一项目只用一个评分模板：项目“{code}”第{first.Row}行已选“{earlier.Name}”，本行为“{template.Name}”");
                return null;
            }
            return template;
        }
        if (code is null) return null;
        if (first.Row == 0 && missing.Add(code))
            row.Error(Scores.Template, $"项目“{code}”没有选择评分模板（每个项目至少在一行填写），实际为空");
        return first.Template;
    }

    /// <summary>A shipped template by id (<c>shanxi</c>) or name (<c>财政支出项目绩效自评表评分表（山西）</c>); null when none.</summary>
    private static ScoreTemplate? TemplateNamed(string text)
    {
        var key = Names.Normalize(text);
        return Scores.Templates.FirstOrDefault(t => string.Equals(t.Id, key, StringComparison.OrdinalIgnoreCase) || Names.Normalize(t.Name) == key);
    }

    /// <summary>The template's items that <paramref name="text"/> names: by key (业务管理/管理制度健全性), else by name.</summary>
    private static List<ScoreItemTemplate> TemplateItems(ScoreTemplate template, string text)
    {
        var key = Names.Normalize(text);
        var byKey = template.Items.Where(i => Names.Normalize(i.Key) == key).ToList();
        return byKey.Count > 0 ? byKey : template.Items.Where(i => Names.Normalize(i.Name) == key).ToList();
    }

    /// <summary>A row scoring an item of the template: its score is required; its points, if given, are the template's.</summary>
    private static void TemplateItemRow(RowReader row, EvaluationEntries entries, ScoreItemTemplate item, decimal? points, decimal? score,
        string? band, string? deviation, Dictionary<(string, string), int> itemRows, string code)
    {
        if (points is { } p && p != item.Points)
            row.Error(Scores.Points, $"评分项“{item.Key}”的分值由评分模板规定为 {Points(item.Points)} 分，实际为“{row.Text(Scores.Points)}”");
        if (row.Text(Scores.Score) is null)
            row.Error(Scores.Score, "评分模板中的评分项必填，实际为空");
        if (band is not null)
            row.Error(Scores.Band, $"只有定性三级指标填写档次，评分项“{item.Key}”不填，实际为“{band}”");
        if (deviation is not null)
            row.Error(Scores.Deviation, $"只有三级指标填写偏差原因分析及改进措施，评分项“{item.Key}”不填");
        if (itemRows.TryGetValue((code.ToUpperInvariant(), "item:" + item.Key), out int first))
            row.Error(Scores.Item, $"项目“{code}”的评分项“{item.Key}”重复（第{first}行已填写）");
        else itemRows[(code.ToUpperInvariant(), "item:" + item.Key)] = row.Row;
        if (row.IsClean && score is { } s) entries.Judged[item.Key] = new JudgedScore(s);
    }

    /// <summary>A row about one of the project's year indicators: its points, a judged score and band, the deviation note.</summary>
    private void IndicatorRow(RowReader row, EvaluationEntries entries, string code, string item, decimal? points, decimal? score,
        string? band, string? deviation, Dictionary<(string, string), int> itemRows)
    {
        var template = entries.Template;
        if (template.Sections.All(s => s.Indicators is null))
        {
            row.Error(Scores.Item, $"应为评分模板“{template.Name}”的评分项（见“说明”表），实际为“{item}”（该模板不按三级指标计分）");
            return;
        }
        var (name, level2) = (item, (Level2Indicator?)null);
        var (state, annual) = AnnualIndicatorsOf(code);
        if (state == TargetsKnown.None)
        {
            row.Error(Scores.Item, $"应为评分模板“{template.Name}”的评分项或项目的年度三级指标，实际为“{item}”（项目“{code}”没有绩效目标）");
            return;
        }
        if (state == TargetsKnown.Known)
        {
            // “数量指标/参保人数” names the 二级 too, for a name that repeats; a name that itself holds “/” is tried whole first.
            if (!annual.Any(i => Names.Normalize(i.Name) == Names.Normalize(item)) && item.IndexOf('/') is > 0 and var slash
                && InputVocabularies.Level2Indicators.TryParse(item[..slash], out var l2))
                (name, level2) = (item[(slash + 1)..].Trim(), l2);
            var declared = DeclaredIndicator(row, Scores.Item, null, code, annual, level2, name,
                $"评分模板“{template.Name}”的评分项或项目“{code}”的年度三级指标");
            if (declared is null) return;
            name = declared.Name;
        }
        string? bandName = null;
        if (band is not null)
        {
            var known = template.QualitativeBands.FirstOrDefault(b => Names.Normalize(b.Name) == Names.Normalize(band));
            if (template.QualitativeBands.Count == 0)
                row.Error(Scores.Band, $"评分模板“{template.Name}”不分档次，不填，实际为“{band}”");
            else if (known is null)
                row.Error(Scores.Band, $"应为{string.Concat(template.QualitativeBands.Select(b => $"“{b.Name}”"))}之一，实际为“{band}”");
            else bandName = known.Name;
            if (row.Text(Scores.Score) is null) row.Error(Scores.Score, "填写了档次时必填，实际为空");
        }
        var key = $"indicator:{(level2 is { } l ? IndicatorFramework.Name(l) : "")}/{Names.Normalize(name)}";
        if (itemRows.TryGetValue((code.ToUpperInvariant(), key), out int first))
            row.Error(Scores.Item, $"项目“{code}”的三级指标“{item}”重复（第{first}行已填写）");
        else itemRows[(code.ToUpperInvariant(), key)] = row.Row;
        if (!row.IsClean) return;
        entries.Indicators.Add(new EvaluationInput.IndicatorEntry(name)
        {
            Level2 = level2,
            Points = points,
            Judged = score is { } s ? new JudgedScore(s) { Band = bandName } : null,
            Deviation = deviation,
        });
    }

    private static string Points(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    // ---- 自评信息 ----

    private void ReadEvaluationInfo(Dictionary<string, EvaluationEntries>? entries, HashSet<string> onScores)
    {
        var sheet = SheetTable.Open(workbook, EvaluationInfo.Sheet, errors);
        if (sheet is null) return;
        bool scoresReadable = entries is not null || !workbook.Worksheets.Contains(Scores.Sheet.Name);
        var once = new Dictionary<(string, EvaluationInfoItem), int>();
        foreach (var row in sheet.Rows())
        {
            var typedCode = row.Required(EvaluationInfo.Project);
            var code = typedCode is null ? null : RegisteredProject(row, EvaluationInfo.Project, typedCode);
            EvaluationEntries? project = null;
            if (code is not null && scoresReadable && !(entries?.TryGetValue(code, out project) ?? false) && !onScores.Contains(code))
                row.Error(EvaluationInfo.Project, $"应为“自评评分”表中已选择评分模板的项目编码，实际为“{code}”（先在“自评评分”表为该项目选择评分模板并评分）");
            var item = row.Choice(EvaluationInfo.Item, InputVocabularies.EvaluationInfoItems);
            var content = row.Required(EvaluationInfo.Content);
            if (code is not null && item is { } i && i != EvaluationInfoItem.Evaluator)
            {
                if (once.TryGetValue((code.ToUpperInvariant(), i), out int first))
                    row.Error(EvaluationInfo.Item, $"项目“{code}”的“{InputVocabularies.EvaluationInfoItems.Label(i)}”重复（第{first}行已填写），每个项目只填一行");
                else once[(code.ToUpperInvariant(), i)] = row.Row;
            }
            var evaluator = item == EvaluationInfoItem.Evaluator && content is not null ? EvaluatorOf(row, content) : null;
            if (!row.IsClean || project is null || item is null || content is null) continue;
            switch (item.Value)
            {
                case EvaluationInfoItem.Evaluator: project.Evaluators.Add(evaluator!); break;
                case EvaluationInfoItem.Head or EvaluationInfoItem.Handler or EvaluationInfoItem.Phone or EvaluationInfoItem.Date:
                    project.SignOff[item.Value] = content;
                    break;
                default: project.Texts.Add((InputVocabularies.EvaluationInfoItems.Label(item.Value), content)); break;
            }
        }
    }

    /// <summary>
    /// 姓名，职称/职务，科室，联系电话 — separated by commas, 顿号, semicolons or spaces; the later parts may be left out, and a
    /// last part that is a telephone number is the number even when fewer parts are given.
    /// </summary>
    private static Evaluator? EvaluatorOf(RowReader row, string content)
    {
        var parts = Separators().Split(content).Where(p => p.Length > 0).ToArray();
        if (parts.Length is 0 or > 4)
        {
            row.Error(EvaluationInfo.Content, $"应为“姓名，职称/职务，科室，联系电话”（用逗号分隔，最多四项），实际为“{content}”");
            return null;
        }
        string? phone = null;
        if (parts.Length == 4 || (parts.Length > 1 && Phone().IsMatch(parts[^1])))
            (phone, parts) = (parts[^1], parts[..^1]);
        return new Evaluator(parts[0], Part(parts, 1), Part(parts, 2), phone);
    }

    /// <summary>A later part, where “—” (or “-”, “无”) holds the place of one left blank.</summary>
    private static string? Part(string[] parts, int index) =>
        parts.ElementAtOrDefault(index) is { } part && !StandsForBlank(part) ? part : null;

    /// <summary>True for what holds the place of a blank part of 评价人员: “—”, “-”, “无”.</summary>
    internal static bool StandsForBlank(string part) => part is "—" or "-" or "－" or "——" or "无";

    /// <summary>True when a last part of 评价人员 would be taken for the 联系电话.</summary>
    internal static bool LooksLikePhone(string part) => Phone().IsMatch(part);

    /// <summary>True when <paramref name="part"/> would be split in two as a part of 评价人员 (it holds a separator).</summary>
    internal static bool SplitsEvaluator(string part) => Separators().IsMatch(part);

    [GeneratedRegex(@"[，,、；;\s]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[0-9０-９\-－—()（）+＋]{5,}$")]
    private static partial Regex Phone();
}
