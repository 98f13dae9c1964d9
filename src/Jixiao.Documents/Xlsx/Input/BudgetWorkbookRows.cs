using Jixiao.Budget;
using Jixiao.Evaluations;
using Jixiao.Targets;
using static Jixiao.Documents.Xlsx.Input.InputSheets;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A budget as the rows of the input sheets — the inverse of <see cref="BudgetImport"/> — so that the workbook can be
/// handed out filled with a saved version, edited and uploaded back. Cell values are what a person would type: codes and
/// labels as text, money as numbers in 元, dates as dates. What the workbook has no column for is said in
/// <see cref="Filled.Left"/> (a stated 合计 of a printed form, a text block or 资金来源 the form does not have, ...).
/// </summary>
internal static class BudgetWorkbookRows
{
    /// <summary>The rows by sheet (each row its cells by column) and what could not be written.</summary>
    public sealed record Filled(IReadOnlyDictionary<InputSheet, List<Dictionary<InputColumn, object>>> Rows, IReadOnlyList<string> Left);

    public static Filled Of(UnitBudget budget)
    {
        var rows = All.ToDictionary(s => s, _ => new List<Dictionary<InputColumn, object>>());
        var left = new List<string>();

        var u = budget.Unit;
        rows[Unit.Sheet].Add(Row(
            (Unit.Code, u.Code), (Unit.Name, u.Name), (Unit.Nature, InputVocabularies.UnitNatures.Label(u.Nature)),
            (Unit.ParentCode, u.ParentCode), (Unit.Rank, u.Rank), (Unit.FundingForm, u.FundingForm),
            (Unit.AuthorizedStaff, u.AuthorizedStaff), (Unit.ActualStaff, u.ActualStaff), (Unit.Year, budget.Year.Value)));

        if (budget.SubUnits.Count > 0)
            left.Add($"{budget.SubUnits.Count} 个所属单位的名称和性质（工作簿只在预算行上记所属单位编码）");
        foreach (var line in budget.Lines)
            rows[Lines.Sheet].Add(LineRow(line, Lines.Functional, Lines.Economic, Lines.Project));
        if (budget.PriorYear is { } prior)
        {
            // 上年预算 holds last year's lines only, read back as the year before the budget's
            foreach (var line in prior.Lines)
                rows[PriorLines.Sheet].Add(LineRow(line, PriorLines.Functional, PriorLines.Economic, PriorLines.Project));
            if (prior.Year != budget.Year.Previous)
                left.Add($"上年预算的年度 {prior.Year.Value}（工作簿的上年预算总是 {budget.Year.Value - 1} 年的）");
            if (prior.Projects.Count + prior.ThreePublic.Count + prior.Procurement.Count + prior.Assets.Count + prior.SubUnits.Count > 0 || prior.PriorYear is not null)
                left.Add("上年预算中预算行以外的内容（项目、三公经费、政府采购、国有资产等；工作簿的上年预算只有预算行）");
        }

        foreach (var p in budget.Projects)
        {
            // The Hebei form prints 资金用途, which a unit's own data keeps as the project's purpose (资金用途 of 项目).
            var purpose = p.Purpose ?? p.Targets?.Texts.FirstOrDefault(t => t.Heading == UseOfFunds).Text;
            rows[Projects.Sheet].Add(Row((Projects.Code, p.Code), (Projects.Name, p.Name), (Projects.Purpose, purpose)));
            if (p.Targets is { } d) Declaration(p.Code, d, purpose, rows, left);
            if (p.Execution is { } e) Execution(p.Code, e, rows, left);
            if (p.Evaluation is { } v) Evaluation(p.Code, v, rows, left);
            if (p.PublishedEvaluation is not null) left.Add($"项目“{p.Code}”公开的绩效自评表（从公开文件导入；工作簿填的是单位自己的自评）");
        }

        foreach (var t in budget.ThreePublic)
            rows[ThreePublic.Sheet].Add(Row((ThreePublic.Item, InputVocabularies.ThreePublicKinds.Label(t.Kind)),
                (ThreePublic.Source, InputVocabularies.FundingSources.Label(t.Source)), (ThreePublic.Amount, t.Amount.Value)));
        foreach (var item in budget.Procurement)
            rows[Procurement.Sheet].Add(Row((Procurement.Category, InputVocabularies.ProcurementCategories.Label(item.Category)),
                (Procurement.Name, item.Name), (Procurement.Source, InputVocabularies.FundingSources.Label(item.Source)),
                (Procurement.Amount, item.Amount.Value), (Procurement.Quantity, item.Quantity), (Procurement.MeasureUnit, item.MeasureUnit),
                (Procurement.Project, item.ProjectCode)));
        foreach (var a in budget.Assets)
            rows[Assets.Sheet].Add(Row((Assets.Kind, InputVocabularies.AssetKinds.Label(a.Kind)), (Assets.Quantity, a.Quantity), (Assets.Value, a.Value.Value)));

        Clip(rows, left);
        return new Filled(rows, left);
    }

    /// <summary>The most characters an Excel cell holds.</summary>
    private const int MaxCellText = 32_767;

    /// <summary>Text longer than a cell holds is cut to what it holds, and said.</summary>
    private static void Clip(Dictionary<InputSheet, List<Dictionary<InputColumn, object>>> rows, List<string> left)
    {
        foreach (var (sheet, list) in rows)
            for (int r = 0; r < list.Count; r++)
                foreach (var (column, value) in list[r].ToList())
                    if (value is string { Length: > MaxCellText } text)
                    {
                        list[r][column] = text[..MaxCellText];
                        left.Add($"“{sheet.Name}”第 {(sheet.IsKeyValue ? sheet.Columns.ToList().IndexOf(column) : r) + 2} 行“{column.Header}”超过 {MaxCellText:N0} 个字符的部分（Excel 单元格的上限；只写入了前 {MaxCellText:N0} 个字符）");
                    }
    }

    private static Dictionary<InputColumn, object> LineRow(BudgetLine line, InputColumn functional, InputColumn economic, InputColumn project) => Row(
        (functional, line.Functional.Value), (economic, line.Economic?.Value),
        (Lines.Kind, InputVocabularies.ExpenseKinds.Label(line.Kind)), (Lines.Source, InputVocabularies.FundingSources.Label(line.Source)),
        (Lines.Amount, line.Amount.Value), (Lines.CarryOver, line.CarryOver ? InputVocabularies.YesNo.Label(true) : null),
        (project, line.ProjectCode), (Lines.UnitCode, line.UnitCode));

    /// <summary>The heading under which the Hebei form prints the project's purpose.</summary>
    public const string UseOfFunds = "资金用途";

    private static void Declaration(string code, TargetDeclaration d, string? purpose, Dictionary<InputSheet, List<Dictionary<InputColumn, object>>> rows, List<string> left)
    {
        var row = Row(
            (Declarations.Project, code), (Declarations.DepartmentCode, d.Department?.Code), (Declarations.Department, d.Department?.Name),
            (Declarations.ImplementingUnit, d.ImplementingUnit),
            (Declarations.Nature, d.Nature is { } n ? InputVocabularies.ProjectNatures.Label(n) : null), (Declarations.PeriodYears, d.PeriodYears),
            (Declarations.ImplementationGoal, d.ImplementationGoal), (Declarations.AnnualGoal, d.AnnualGoal),
            (Declarations.Head, d.SignOff?.Head), (Declarations.Handler, d.SignOff?.Handler), (Declarations.Phone, d.SignOff?.Phone), (Declarations.Date, d.SignOff?.Date));
        Funds(row, d.ImplementationFunds, Declarations.ImplementationFunds, $"项目“{code}”的实施期资金", left);
        Funds(row, d.AnnualFunds, Declarations.AnnualFunds, $"项目“{code}”的年度资金", left);
        foreach (var (heading, text) in d.Texts)
        {
            if (heading == UseOfFunds && text == purpose) continue;
            var column = Declarations.TextBlocks.FirstOrDefault(c => Jixiao.Text.Names.Normalize(c.Header) == Jixiao.Text.Names.Normalize(heading));
            if (column is null) left.Add($"项目“{code}”绩效目标的“{heading}”（工作簿没有这一栏）");
            else row[column] = text;
        }
        foreach (var point in d.SpendingPlan?.Points ?? [])
        {
            var (label, _, column) = Declarations.SpendingPlan.FirstOrDefault(p => p.Month == point.Month);
            if (column is null || row.ContainsKey(column))
                left.Add($"项目“{code}”资金支出计划的“{point.Label}”（工作簿只有3月底、6月底、10月底、12月底各一栏）");
            else
            {
                row[column] = point.CumulativePercent;
                if (point.Label != label) left.Add($"项目“{code}”资金支出计划的栏名“{point.Label}”（写在“{label}”一栏，读回时名为“{label}”）");
            }
        }
        rows[Declarations.Sheet].Add(row);

        foreach (var (period, indicators) in new[] { (IndicatorPeriod.Implementation, d.ImplementationIndicators), (IndicatorPeriod.Annual, d.AnnualIndicators) })
            foreach (var i in indicators)
                rows[Indicators.Sheet].Add(Row(
                    (Indicators.Project, code), (Indicators.Period, InputVocabularies.IndicatorPeriods.Label(period)),
                    (Indicators.Level1, IndicatorFramework.Name(i.Level1)), (Indicators.Level2, IndicatorFramework.Name(i.Level2)),
                    (Indicators.Level3, i.Name), (Indicators.Value, i.Target.Text), (Indicators.Description, i.Description), (Indicators.Basis, i.Basis)));
    }

    private static void Funds(Dictionary<InputColumn, object> row, DeclaredFunds funds, IReadOnlyList<(FundSource Source, InputColumn Column)> columns, string what, List<string> left)
    {
        foreach (var (source, amount) in funds.Sources)
        {
            var column = columns.FirstOrDefault(c => c.Source == source).Column;
            if (column is null) left.Add($"{what}中的“{InputVocabularies.FundSources.Label(source)}”（工作簿没有这一栏）");
            else if (row.ContainsKey(column)) left.Add($"{what}中又一笔“{InputVocabularies.FundSources.Label(source)}” {amount.Value:#,##0.00} 元（工作簿每个来源一栏）");
            else row[column] = amount.Value;
        }
        // The workbook's total is the sum of its sources: a stated 合计 that differs from it is not carried.
        if (funds.StatedTotal is { } total && total != funds.Sources.Aggregate(Money.Yuan.Zero, (s, f) => s + f.Amount))
            left.Add($"{what}的合计 {total.Value:#,##0.00} 元（与各来源之和不等；工作簿的合计由各来源相加）");
    }

    private static void Execution(string code, Monitoring.ProjectExecution e, Dictionary<InputSheet, List<Dictionary<InputColumn, object>>> rows, List<string> left)
    {
        foreach (var (source, amount) in e.AdjustedBudget)
            rows[Adjustments.Sheet].Add(Row((Adjustments.Project, code), (Adjustments.Source, InputVocabularies.FundSources.Label(source)), (Adjustments.Amount, amount.Value)));
        bool first = true;
        foreach (var f in e.Flows)
        {
            // The project's 说明 is one text: written on its first row, read back as the join of its rows' notes.
            rows[Flows.Sheet].Add(Row((Flows.Project, code), (Flows.Period, f.Period.ToString()), (Flows.Source, InputVocabularies.FundSources.Label(f.Source)),
                (Flows.Released, f.Released.Value), (Flows.Spent, f.Spent.Value), (Flows.Note, first ? e.Explanation : null)));
            first = false;
        }
        if (e.Flows.Count == 0 && e.Explanation is not null)
            left.Add($"项目“{code}”的执行说明（没有资金执行的行可以写在上面）");
        foreach (var r in e.Readings)
            rows[Readings.Sheet].Add(Row((Readings.Project, code), (Readings.Date, r.AsOf),
                (Readings.Level2, r.Level2 is { } l2 ? IndicatorFramework.Name(l2) : null), (Readings.Level3, r.Indicator),
                (Readings.Actual, r.Actual.Text), (Readings.Note, r.Note)));
    }

    private static void Evaluation(string code, EvaluationInput v, Dictionary<InputSheet, List<Dictionary<InputColumn, object>>> rows, List<string> left)
    {
        var template = Scores.Templates.FirstOrDefault(t => t.Id == v.Template);
        var scores = new List<Dictionary<InputColumn, object>>();
        foreach (var (key, judged) in v.Judged)
            scores.Add(Row((Scores.Project, code), (Scores.Item, key), (Scores.Score, judged.Score), (Scores.Band, judged.Band)));
        foreach (var i in v.Indicators)
            scores.Add(Row((Scores.Project, code), (Scores.Item, i.Level2 is { } l2 ? $"{IndicatorFramework.Name(l2)}/{i.Name}" : i.Name),
                (Scores.Points, i.Points), (Scores.Score, i.Judged?.Score), (Scores.Band, i.Judged?.Band), (Scores.Deviation, i.Deviation)));
        if (template is null || scores.Count == 0)
        {
            // The template is chosen on a row of 自评评分: without a row, or with a template the workbook does not offer, nothing is written.
            left.Add(template is null
                ? $"项目“{code}”的绩效自评（评分模板“{v.Template}”不在工作簿的模板中）"
                : $"项目“{code}”的绩效自评（还没有任何评分，工作簿中要在“自评评分”表至少填一行才能选择模板）");
            return;
        }
        scores[0][Scores.Template] = template.Name;
        rows[Scores.Sheet].AddRange(scores);

        foreach (var (heading, text) in v.Texts)
        {
            if (InputVocabularies.EvaluationInfoItems.TryParse(heading, out var item)) rows[EvaluationInfo.Sheet].Add(Info(code, item, text));
            else left.Add($"项目“{code}”自评表的“{heading}”（工作簿没有这一栏）");
        }
        foreach (var e in v.Evaluators)
        {
            // 姓名，职称/职务，科室，联系电话 by position: a part left blank in the middle cannot be told apart, so it is written as “—”.
            string?[] parts = [e.Name, e.Title, e.Office, e.Phone];
            var written = parts.Reverse().SkipWhile(p => p is null).Reverse().ToList();
            if (parts.Any(p => p is not null && (BudgetImport.SplitsEvaluator(p) || BudgetImport.StandsForBlank(p)))
                || (e.Phone is null && written.Count > 1 && BudgetImport.LooksLikePhone(written[^1]!)))
            {
                left.Add($"项目“{code}”的评价人员“{e.Name}”（其中一项含有逗号、顿号、分号或空格，只是“—”“无”，或像电话号码，在“姓名，职称/职务，科室，联系电话”中读不回原样）");
                continue;
            }
            rows[EvaluationInfo.Sheet].Add(Info(code, EvaluationInfoItem.Evaluator, string.Join("，", written.Select(p => p ?? "—"))));
        }
        if (v.SignOff is { } s)
            foreach (var (item, text) in new[] { (EvaluationInfoItem.Head, s.Head), (EvaluationInfoItem.Handler, s.Handler), (EvaluationInfoItem.Phone, s.Phone), (EvaluationInfoItem.Date, s.Date) })
                if (text is not null) rows[EvaluationInfo.Sheet].Add(Info(code, item, text));
    }

    private static Dictionary<InputColumn, object> Info(string code, EvaluationInfoItem item, string text) =>
        Row((EvaluationInfo.Project, code), (EvaluationInfo.Item, InputVocabularies.EvaluationInfoItems.Label(item)), (EvaluationInfo.Content, text));

    /// <summary>The cells given a value; a null is a blank cell.</summary>
    private static Dictionary<InputColumn, object> Row(params (InputColumn Column, object? Value)[] cells)
    {
        var row = new Dictionary<InputColumn, object>(cells.Length);
        foreach (var (column, value) in cells)
            if (value is not null) row[column] = value;
        return row;
    }
}
