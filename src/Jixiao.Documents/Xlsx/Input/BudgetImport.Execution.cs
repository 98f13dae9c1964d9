using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Monitoring;
using Jixiao.Money;
using Jixiao.Targets;
using Jixiao.Text;
using static Jixiao.Documents.Xlsx.Input.InputSheets;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>The sheets of the year's execution: 预算调整, 资金执行 and 指标完成, read into <see cref="ProjectExecution"/>.</summary>
internal sealed partial class BudgetImport
{
    /// <summary>The declarations read, by project code; null when 绩效目标 is absent or could not be read.</summary>
    private Dictionary<string, TargetDeclaration>? _declarations;

    /// <summary>The indicators read, by project code; null when 绩效指标 is absent or could not be read.</summary>
    private Dictionary<string, (List<Indicator> Implementation, List<Indicator> Annual)>? _indicators;

    /// <summary>True when 绩效指标 is there but could not be read (a missing column), so no project's indicators are known.</summary>
    private bool _indicatorsUnreadable;

    /// <summary>Projects with an indicator row in error: their list is incomplete, so a name not in it is not reported again.</summary>
    private readonly HashSet<string> _incompleteIndicators = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What can be said about a project's year indicators when a row names one of them.</summary>
    private enum TargetsKnown
    {
        /// <summary>The project has no declaration: no indicator to name.</summary>
        None,
        /// <summary>Its declaration or one of its indicator rows is in error (already reported): names are not checked.</summary>
        Unknown,
        /// <summary>Its year indicators are all read.</summary>
        Known,
    }

    private (TargetsKnown State, IReadOnlyList<Indicator> Annual) AnnualIndicatorsOf(string code)
    {
        if (!workbook.Worksheets.Contains(Declarations.Sheet.Name)) return (TargetsKnown.None, []);
        if (_declared is null || _declarations is null) return (TargetsKnown.Unknown, []);
        if (!_declared.ContainsKey(code)) return (TargetsKnown.None, []);
        if (!_declarations.ContainsKey(code) || _indicatorsUnreadable || _incompleteIndicators.Contains(code)) return (TargetsKnown.Unknown, []);
        return (TargetsKnown.Known, _indicators is not null && _indicators.TryGetValue(code, out var lists) ? lists.Annual : []);
    }

    /// <summary>
    /// The declared year indicator that <paramref name="name"/> (and <paramref name="level2"/> when given) names, in the
    /// declaration's spelling; null when there is none or several (recorded; <paramref name="expected"/> says what the cell should name).
    /// </summary>
    private static Indicator? DeclaredIndicator(RowReader row, InputColumn nameColumn, InputColumn? level2Column, string code,
        IReadOnlyList<Indicator> annual, Level2Indicator? level2, string name, string expected)
    {
        var key = Names.Normalize(name);
        var named = annual.Where(i => Names.Normalize(i.Name) == key).ToList();
        var matches = level2 is { } l ? named.Where(i => i.Level2 == l).ToList() : named;
        if (matches.Count == 1) return matches[0];
        if (matches.Count > 1)
        {
            var under = string.Join("、", matches.Select(i => IndicatorFramework.Name(i.Level2)));
            if (level2Column is not null)
                row.Error(level2Column, $"项目“{code}”的年度指标中有{matches.Count}个“{name}”（{under}），须填写二级指标加以区分，实际为空");
            else
                row.Error(nameColumn, $"项目“{code}”的年度指标中有{matches.Count}个“{name}”（{under}），应写明二级指标，如“{IndicatorFramework.Name(matches[0].Level2)}/{name}”");
        }
        else if (named.Count > 0)
        {
            var under = string.Join("、", named.Select(i => IndicatorFramework.Name(i.Level2)).Distinct());
            row.Error(level2Column ?? nameColumn, $"应为“{name}”所属的二级指标（{under}），实际为“{IndicatorFramework.Name(level2!.Value)}”");
        }
        else
        {
            var names = annual.Count == 0 ? "该项目没有年度指标" : "该项目的年度指标：" + string.Join("、", annual.Select(i => i.Name));
            row.Error(nameColumn, $"应为{expected}，实际为“{name}”（{names}）");
        }
        return null;
    }

    // ---- 预算调整 ----

    /// <summary>The adjusted budget by project and source, in row order; null when the sheet is absent or could not be read.</summary>
    private Dictionary<string, List<(FundSource Source, Yuan Amount)>>? ReadAdjustments()
    {
        var sheet = SheetTable.Open(workbook, Adjustments.Sheet, errors);
        if (sheet is null) return null;
        var result = new Dictionary<string, List<(FundSource, Yuan)>>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(string, FundSource), int>();
        foreach (var row in sheet.Rows())
        {
            var code = row.Required(Adjustments.Project);
            if (code is not null) code = RegisteredProject(row, Adjustments.Project, code);
            var source = row.Choice(Adjustments.Source, InputVocabularies.FundSources);
            var amount = row.Amount(Adjustments.Amount);
            if (code is not null && source is { } s)
            {
                if (seen.TryGetValue((code.ToUpperInvariant(), s), out int first))
                    row.Error(Adjustments.Source, $"项目“{code}”的“{InputVocabularies.FundSources.Label(s)}”重复（第{first}行已填写），每个资金来源只填一行");
                else seen[(code.ToUpperInvariant(), s)] = row.Row;
            }
            if (!row.IsClean || code is null || source is null || amount is null) continue;
            if (!result.TryGetValue(code, out var list)) result[code] = list = [];
            list.Add((source.Value, amount.Value));
        }
        return result;
    }

    // ---- 资金执行 ----

    /// <summary>The flows and the 说明 notes by project, in row order; null when the sheet is absent or could not be read.</summary>
    private Dictionary<string, (List<FundsFlow> Flows, List<string> Notes)>? ReadFlows(FiscalYear? year)
    {
        var sheet = SheetTable.Open(workbook, Flows.Sheet, errors);
        if (sheet is null) return null;
        var result = new Dictionary<string, (List<FundsFlow>, List<string>)>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(string, FundSource), List<(ExecutionPeriod Period, int Row)>>();
        foreach (var row in sheet.Rows())
        {
            var code = row.Required(Flows.Project);
            if (code is not null) code = RegisteredProject(row, Flows.Project, code);
            var period = PeriodOf(row, year);
            var source = row.Choice(Flows.Source, InputVocabularies.FundSources);
            var released = row.Amount(Flows.Released);
            var spent = row.Amount(Flows.Spent);
            if (row.Text(Flows.Released) is null && row.Text(Flows.Spent) is null)
                row.Error(Flows.Released, $"与“{Flows.Spent.Header}”至少填一项，实际都为空");
            var note = row.Text(Flows.Note);
            if (code is not null && period is { } p && source is { } s)
            {
                if (!seen.TryGetValue((code.ToUpperInvariant(), s), out var periods)) seen[(code.ToUpperInvariant(), s)] = periods = [];
                var clash = periods.FirstOrDefault(x => x.Period.FirstMonth <= p.LastMonth && p.FirstMonth <= x.Period.LastMonth);
                if (clash.Row > 0)
                    row.Error(Flows.Period, clash.Period == p
                        ? $"项目“{code}”{InputVocabularies.FundSources.Label(s)}的期间“{p}”重复（第{clash.Row}行已填写），同一期间只填一行"
                        : $"项目“{code}”{InputVocabularies.FundSources.Label(s)}的期间“{p}”与第{clash.Row}行的“{clash.Period}”重叠，同一段时间的资金只填一次");
                else periods.Add((p, row.Row));
            }
            if (!row.IsClean || code is null || period is null || source is null) continue;
            if (!result.TryGetValue(code, out var entry)) result[code] = entry = ([], []);
            entry.Item1.Add(new FundsFlow(period.Value, source.Value, released ?? Yuan.Zero, spent ?? Yuan.Zero));
            if (note is not null) entry.Item2.Add(note);
        }
        return result;
    }

    /// <summary>A month or quarter (<see cref="ExecutionPeriod.TryParse"/>), or a date of the budget year meaning its month.</summary>
    private static ExecutionPeriod? PeriodOf(RowReader row, FiscalYear? year)
    {
        var text = row.Required(Flows.Period);
        if (text is null) return null;
        if (ExecutionPeriod.TryParse(text, out var period)) return period;
        if (CellDates.TryParse(text, out var date))
        {
            if (year is { } y && date.Year != y.Value)
            {
                row.Error(Flows.Period, $"应为{y.Value}年（预算年度）内的日期，实际为“{text}”");
                return null;
            }
            return ExecutionPeriod.Month(date.Month);
        }
        row.Error(Flows.Period, $"应为月份（如 3月）、季度（如 第一季度）或预算年度内的日期（如 {year?.Value ?? 2023}-03-31），实际为“{text}”");
        return null;
    }

    // ---- 指标完成 ----

    /// <summary>The indicator readings by project, in row order; null when the sheet is absent or could not be read.</summary>
    private Dictionary<string, List<IndicatorReading>>? ReadReadings(FiscalYear? year)
    {
        var sheet = SheetTable.Open(workbook, Readings.Sheet, errors);
        if (sheet is null) return null;
        var result = new Dictionary<string, List<IndicatorReading>>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(string, DateOnly, Level2Indicator?, string), int>();
        foreach (var row in sheet.Rows())
        {
            var code = row.Required(Readings.Project);
            var targets = (State: TargetsKnown.Unknown, Annual: (IReadOnlyList<Indicator>)[]);
            if (code is not null)
            {
                code = RegisteredProject(row, Readings.Project, code);
                if (code is not null)
                {
                    targets = AnnualIndicatorsOf(code);
                    if (targets.State == TargetsKnown.None)
                        row.Error(Readings.Project, $"应为“绩效目标”表中已填写的项目编码，实际为“{code}”（该项目没有绩效目标，指标完成值无从对照）");
                }
            }
            var date = row.Date(Readings.Date);
            if (date is { } d && year is { } y && d.Year != y.Value)
            {
                row.Error(Readings.Date, $"应为{y.Value}年（预算年度）内的日期，实际为“{row.Text(Readings.Date)}”");
                date = null;
            }
            var level2 = row.Choice(Readings.Level2, InputVocabularies.Level2Indicators);
            var name = row.Required(Readings.Level3);
            var actual = TargetValueOf(row, Readings.Actual, row.Required(Readings.Actual));
            var note = row.Text(Readings.Note);
            Indicator? declared = null;
            if (code is not null && name is not null && targets.State == TargetsKnown.Known && (level2 is not null || row.Text(Readings.Level2) is null))
            {
                declared = DeclaredIndicator(row, Readings.Level3, Readings.Level2, code, targets.Annual, level2, name, $"项目“{code}”的年度三级指标");
                if (declared is not null) name = declared.Name;
            }
            if (code is not null && date is { } on && name is not null)
            {
                var key = (code.ToUpperInvariant(), on, declared?.Level2 ?? level2, Names.Normalize(name));
                if (seen.TryGetValue(key, out int first))
                    row.Error(Readings.Level3, $"项目“{code}”的指标“{name}”在 {on:yyyy-MM-dd} 的完成值重复（第{first}行已填写）");
                else seen[key] = row.Row;
            }
            if (!row.IsClean || code is null || date is null || name is null || actual is null) continue;
            if (!result.TryGetValue(code, out var list)) result[code] = list = [];
            list.Add(new IndicatorReading(date.Value, name, actual) { Level2 = level2, Note = note });
        }
        return result;
    }

    // ---- the projects with all of it ----

    /// <summary>The projects with their execution and self-evaluation entries attached; a project with none keeps null.</summary>
    private static List<Project> WithExecutionAndEvaluation(List<Project> projects,
        Dictionary<string, List<(FundSource Source, Yuan Amount)>>? adjustments,
        Dictionary<string, (List<FundsFlow> Flows, List<string> Notes)>? flows,
        Dictionary<string, List<IndicatorReading>>? readings,
        Dictionary<string, Jixiao.Evaluations.EvaluationInput>? evaluations)
    {
        return projects.Select(p =>
        {
            var adjusted = adjustments is not null && adjustments.TryGetValue(p.Code, out var a) ? a : [];
            var (moved, notes) = flows is not null && flows.TryGetValue(p.Code, out var f) ? f : ([], []);
            var read = readings is not null && readings.TryGetValue(p.Code, out var r) ? r : [];
            var execution = new ProjectExecution
            {
                AdjustedBudget = adjusted,
                Flows = moved,
                Readings = read,
                // One note per period it concerns, joined in row order: the project has one 说明.
                Explanation = notes.Count == 0 ? null : string.Join("\n", notes),
            };
            return p with
            {
                Execution = execution.IsEmpty ? null : execution,
                Evaluation = evaluations is not null && evaluations.TryGetValue(p.Code, out var e) ? e : null,
            };
        }).ToList();
    }
}
