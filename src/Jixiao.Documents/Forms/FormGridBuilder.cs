using System.Globalization;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Money;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Lays a form's values out on its grid as its layout describes: every label the reader looks for is printed where the
/// layout puts it, every value in its format. One builder for every layout; the XLSX and HTML writers print the grid.
/// </summary>
internal static class FormGridBuilder
{
    public static FormGrid Build(FormLayout layout, FormData data)
    {
        int columns = layout.Columns.Count;
        var grid = new FormGrid(data.Text("projectName") ?? "", layout.Columns, layout.Landscape) { OnePage = layout.OnePage };
        int row = 1;
        grid.Put(row++, 1, data.Text("title") ?? Title(layout, data), FormCellKind.Title, columns);
        bool inTable = false;
        foreach (var block in layout.Blocks)
        {
            if (block is YearBlock year)
            {
                if (data.Number("year") is { } y)
                    grid.Put(row++, 1, year.Format.Replace("{year}", ((int)y).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), FormCellKind.Subtitle, columns);
                continue;
            }
            if (block.PageBreakBefore) grid.PageBreaksBefore.Add(row);
            bool outside = block is LineBlock { Outside: true } or UnitLineBlock;
            if (!outside && !inTable) { grid.TableTop = row; inTable = true; }
            if (outside && inTable) { grid.TableBottom = row - 1; inTable = false; }
            row = block switch
            {
                LineBlock line => Line(grid, row, line, data),
                MoneyBlock money => Money(grid, row, money, data),
                SourcesBlock sources => Sources(grid, row, sources, data),
                ScoresBlock scores => Scores(grid, row, scores, data),
                PeopleBlock people => People(grid, row, people, data),
                OtherTextsBlock other => OtherTexts(grid, row, other, layout, data),
                TextsBlock texts => Texts(grid, row, texts, data),
                IndicatorsBlock indicators => Indicators(grid, row, indicators, data, layout.Kind == FormKind.SelfEvaluation),
                UnitLineBlock unit => UnitLine(grid, row, unit, data),
                RowsBlock rows => Rows(grid, row, rows, data),
                PlanBlock plan => Plan(grid, row, plan, data),
                _ => row,
            };
        }
        if (inTable) grid.TableBottom = row - 1;
        return grid;
    }

    /// <summary>The title a form without a printed one gets: the layout's, its <c>{number}</c> and <c>{projectName}</c> filled in.</summary>
    private static string Title(FormLayout layout, FormData data) =>
        layout.Title.Text
            .Replace("{number}", data.Number("number") is { } n ? ((int)n).ToString(CultureInfo.InvariantCulture) : "", StringComparison.Ordinal)
            .Replace("{projectName}", data.Text("projectName") ?? "", StringComparison.Ordinal);

    /// <summary>The unit the form is for on the left, 单位：万元 (or 元) on the right, above the table.</summary>
    private static int UnitLine(FormGrid grid, int row, UnitLineBlock block, FormData data)
    {
        grid.Put(row, block.At, data.Text(block.Field), FormCellKind.CaptionLeft, block.Span);
        grid.Put(row, block.UnitAt, block.Unit == 1m ? "单位：元" : "单位：万元", FormCellKind.CaptionRight, block.UnitSpan);
        return row + 1;
    }

    /// <summary>The label down the block's rows, then each row as a line of labels and values.</summary>
    private static int Rows(FormGrid grid, int row, RowsBlock block, FormData data)
    {
        grid.Put(row, block.LabelAt, block.Label.Text, FormCellKind.Label, rowSpan: block.Rows.Count);
        foreach (var line in block.Rows) row = Line(grid, row, line, data);
        return row;
    }

    /// <summary>资金支出计划: the points on one row, their shares under them, spread over the block's columns; more points take further pairs of rows.</summary>
    private static int Plan(FormGrid grid, int row, PlanBlock block, FormData data)
    {
        var points = data.Plan.Count > 0
            ? data.Plan.Select(p => (Label: p.Text("label"), Share: p.Number("share"))).ToList()
            : block.Points.Select(p => (Label: (string?)p, Share: (decimal?)null)).ToList();
        int width = block.To - block.From + 1;
        var chunks = points.Chunk(width).ToList();
        if (chunks.Count == 0) chunks.Add([]);
        grid.Put(row, block.LabelAt, block.Label.Text, FormCellKind.Label, rowSpan: 2 * chunks.Count);
        foreach (var chunk in chunks)
        {
            int column = block.From;
            foreach (var (span, (label, share)) in Spans(chunk.Length, width).Zip(chunk))
            {
                grid.Put(row, column, label, FormCellKind.Value, span);
                if (share is { } s) grid.PutNumber(row + 1, column, PrintedNumber.Share(s), span, FormCellKind.Share);
                else grid.Put(row + 1, column, null, FormCellKind.Share, span);
                column += span;
            }
            if (column <= block.To)
            {
                grid.Put(row, column, null, FormCellKind.Value, block.To + 1 - column);
                grid.Put(row + 1, column, null, FormCellKind.Value, block.To + 1 - column);
            }
            row += 2;
        }
        return row;
    }

    /// <summary>How many of <paramref name="width"/> columns each of <paramref name="count"/> points takes: 4 points of 6 → 1, 1, 2, 2.</summary>
    private static IEnumerable<int> Spans(int count, int width)
    {
        if (count == 0) yield break;
        int each = width / count, extra = width % count;
        for (int i = 0; i < count; i++) yield return each + (i >= count - extra ? 1 : 0);
    }

    private static int Line(FormGrid grid, int row, LineBlock line, FormData data)
    {
        foreach (var cell in line.Cells)
        {
            // under the table a label stands against its value; a line of labels alone (填报单位（公章）：) reads from the left
            if (cell.Label is { } label) grid.Put(row, cell.At, label.Text, cell.Plain ? FormCellKind.Text : !line.Outside ? FormCellKind.Label
                : line.Cells.Any(c => c.Label is null) ? FormCellKind.CaptionRight : FormCellKind.CaptionLeft, cell.Span);
            else if (cell.Constant is { } constant) grid.Put(row, cell.At, constant, line.Outside ? FormCellKind.CaptionLeft : FormCellKind.Value, cell.Span);
            else
            {
                var value = cell.Field is { } f ? data.Fields.GetValueOrDefault(f) : default;
                if (cell.Suffix is { } suffix && value.Text is { } text) value = value with { Text = text + suffix };
                if (line.Outside) grid.Put(row, cell.At, value.Text, FormCellKind.CaptionLeft, cell.Span);
                else Value(grid, row, cell.At, cell.Span, cell.Format, value, line.Unit);
            }
        }
        return row + 1;
    }

    /// <summary>The label down the block's rows, the heading row, then each row's figures; a total-only column prints a dash on the 其中 rows.</summary>
    private static int Money(FormGrid grid, int row, MoneyBlock block, FormData data)
    {
        int top = row;
        if (block.RowLabelAt > block.LabelAt) grid.Put(row, block.RowLabelAt, "", FormCellKind.Heading);
        for (int c = 0; c < block.Columns.Count; c++) grid.Put(row, block.RowLabelAt + 1 + c, block.Columns[c].Label.Text, FormCellKind.Heading);
        row++;
        foreach (var moneyRow in block.Rows)
        {
            grid.Put(row, block.RowLabelAt, moneyRow.Label.Text, FormCellKind.Label);
            for (int c = 0; c < block.Columns.Count; c++)
            {
                var column = block.Columns[c];
                int at = block.RowLabelAt + 1 + c;
                // the 其中 rows are not scored: the form prints a dash where the total row has its points, rate and score
                if (column.TotalOnly && !moneyRow.IsTotal) grid.Put(row, at, "—", FormCellKind.Value);
                else Value(grid, row, at, 1, column.Format, data.Fields.GetValueOrDefault(MoneyBlock.Key(column, moneyRow)));
            }
            row++;
        }
        grid.Put(top, block.LabelAt, block.Label.Text, FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    /// <summary>Each group's label down its sources (one empty row when it has none), each source beside its amount; a single group's amount beside its label.</summary>
    private static int Sources(FormGrid grid, int row, SourcesBlock block, FormData data)
    {
        int top = row;
        foreach (var group in block.Groups)
        {
            var lines = data.Sources.Where(s => s.Text("group") == group.Field).ToList();
            if (group.Single)
            {
                grid.Put(row, block.GroupAt, group.Label.Text, FormCellKind.Label, block.SourceAt - block.GroupAt + 1);
                grid.PutNumber(row++, block.AmountAt, lines.FirstOrDefault()?.Number("amount") is { } r ? PrintedNumber.WanYuanFixed(new Yuan(r)) : null, block.AmountSpan);
                continue;
            }
            int count = Math.Max(1, lines.Count);
            grid.Put(row, block.GroupAt, group.Label.Text, FormCellKind.Label, rowSpan: count);
            for (int i = 0; i < count; i++)
            {
                var line = i < lines.Count ? lines[i] : null;
                grid.Put(row + i, block.SourceAt, line?.Text("source"), FormCellKind.Value, block.AmountAt - block.SourceAt);
                grid.PutNumber(row + i, block.AmountAt, line?.Number("amount") is { } a ? PrintedNumber.WanYuanFixed(new Yuan(a)) : null, block.AmountSpan);
            }
            row += count;
        }
        grid.Put(top, block.LabelAt, block.Label.Text, FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    /// <summary>The heading row; per section its stated row and its items, each 二级 group merged over its rows.</summary>
    private static int Scores(FormGrid grid, int row, ScoresBlock block, FormData data)
    {
        int top = row;
        foreach (var column in block.Columns) grid.Put(row, column.At, column.Label.Text, FormCellKind.Heading, column.Span);
        row++;
        var group = block.Columns.FirstOrDefault(c => c.Field == "group");
        var name = block.Columns.First(c => c.Field == "name");
        var rows = data.Scores;
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Text("isSection") is not null)
            {
                int from = group?.At ?? name.At;
                grid.Put(row, from, block.SectionFormat.Replace("{section}", r.Text("section"), StringComparison.Ordinal), FormCellKind.Label, name.At + name.Span - from);
            }
            else
            {
                if (group is not null && (i == 0 || rows[i - 1].Text("isSection") is not null || rows[i - 1].Text("group") != r.Text("group")))
                {
                    int run = 1;
                    while (i + run < rows.Count && rows[i + run].Text("isSection") is null && rows[i + run].Text("group") == r.Text("group")) run++;
                    grid.Put(row, group.At, r.Text("group"), FormCellKind.Value, group.Span, run);
                }
                grid.Put(row, name.At, r.Text("name"), FormCellKind.Text, name.Span);
            }
            foreach (var column in block.Columns.Where(c => c.Field is "points" or "score"))
                Value(grid, row, column.At, column.Span, column.Format, r.Fields.GetValueOrDefault(column.Field));
            row++;
        }
        grid.Put(top, block.LabelAt, block.Label.Text, FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    private static int OtherTexts(FormGrid grid, int row, OtherTextsBlock block, FormLayout layout, FormData data)
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in layout.Blocks)
        {
            if (b is LineBlock line) foreach (var c in line.Cells) if (c.Field is { } f) printed.Add(f);
            if (b is TextsBlock texts)
                foreach (var c in texts.Columns) { printed.Add(c.Field); foreach (var h in c.Fallback) printed.Add("text:" + h); }
        }
        foreach (var heading in data.TextHeadings.Where(h => !printed.Contains("text:" + h)))
        {
            grid.Put(row, block.LabelAt, heading, FormCellKind.Label, block.At - block.LabelAt);
            grid.Put(row++, block.At, data.Text("text:" + heading), FormCellKind.Text, block.Span);
        }
        return row;
    }

    /// <summary>The heading row, then one row per person (one empty row when none is named).</summary>
    private static int People(FormGrid grid, int row, PeopleBlock block, FormData data)
    {
        int top = row;
        foreach (var column in block.Columns) grid.Put(row, column.At, column.Label.Text, FormCellKind.Heading, column.Span);
        row++;
        for (int i = 0; i < Math.Max(1, data.People.Count); i++, row++)
            foreach (var column in block.Columns)
                Value(grid, row, column.At, column.Span, column.Format, i < data.People.Count ? data.People[i].Fields.GetValueOrDefault(column.Field) : default);
        grid.Put(top, block.LabelAt, block.Label.Text, FormCellKind.Label, rowSpan: row - top);
        return row;
    }

    private static int Texts(FormGrid grid, int row, TextsBlock block, FormData data)
    {
        grid.Put(row, 1, block.Label.Text, FormCellKind.Label, rowSpan: 2);
        foreach (var column in block.Columns) grid.Put(row, column.At, column.Heading.Text, FormCellKind.Heading, column.Span);
        row++;
        foreach (var column in block.Columns)
        {
            string? text = data.Text(column.Field) ?? column.Fallback.Select(h => data.Text("text:" + h)).FirstOrDefault(t => t is not null);
            grid.Put(row, column.At, text, FormCellKind.Text, column.Span);
        }
        return row + 1;
    }

    /// <summary>The heading row, then the rows in order, 一级 and 二级 merged over the consecutive rows that share them; the block's label down them all.</summary>
    private static int Indicators(FormGrid grid, int row, IndicatorsBlock block, FormData data, bool emptyRow)
    {
        int top = row;
        int end = block.SideBySide || block.EveryLevel2 ? ByFramework(grid, row, block, data) : InOrder(grid, row, block, data, emptyRow);
        if (block.Label is { } label) grid.Put(top, block.LabelAt, label.Text, FormCellKind.Label, rowSpan: end - top);
        return end;
    }

    /// <summary>
    /// Per 一级 its 二级 rows in the framework's order — every fixed one when the block says so, else those holding
    /// indicators — each as many rows as its larger half holds, the halves side by side; 一级 and 二级 merged over their rows.
    /// </summary>
    private static int ByFramework(FormGrid grid, int row, IndicatorsBlock block, FormData data)
    {
        foreach (var column in block.Columns) grid.Put(row, column.At, column.Label.Text, FormCellKind.Heading, column.Span);
        row++;
        string[] halves = block.SideBySide ? ["implementation", "annual"] : [block.Half ?? "annual"];
        var level1Column = block.Columns.FirstOrDefault(c => c.Field == "level1");
        var rows = data.Indicators.Where(r => halves.Contains(r.Text("half") ?? "annual")).ToList();
        foreach (var level1 in Enum.GetValues<Jixiao.Targets.Level1Indicator>())
        {
            int level1Top = row;
            foreach (var level2 in Jixiao.Targets.IndicatorFramework.Level2InOrder.Where(l2 => Jixiao.Targets.IndicatorFramework.Parent(l2) == level1))
            {
                string name = Jixiao.Targets.IndicatorFramework.Name(level2);
                var byHalf = halves.Select(h => rows.Where(r => (r.Text("half") ?? "annual") == h
                    && Jixiao.Targets.IndicatorFramework.Level2Named(r.Text("level2")) == level2).ToList()).ToArray();
                bool used = byHalf.Any(b => b.Count > 0);
                // 其他满意度指标 is the framework's room for a form's own: printed only when used
                if (!used && (!block.EveryLevel2 || level2 == Jixiao.Targets.Level2Indicator.OtherSatisfaction)) continue;
                int count = Math.Max(1, byHalf.Max(b => b.Count));
                for (int h = 0; h < halves.Length; h++)
                {
                    var columns = block.HalfColumns(halves[h]);
                    foreach (var column in columns.Where(c => c.Field == "level2")) grid.Put(row, column.At, name, FormCellKind.Value, column.Span, count);
                    for (int k = 0; k < count; k++)
                        foreach (var column in columns.Where(c => c.Field != "level2"))
                            Value(grid, row + k, column.At, column.Span, column.Format, k < byHalf[h].Count ? byHalf[h][k].Fields.GetValueOrDefault(column.Field) : default);
                }
                row += count;
            }
            if (level1Column is not null && row > level1Top)
                grid.Put(level1Top, level1Column.At, Jixiao.Targets.IndicatorFramework.Name(level1), FormCellKind.Value, level1Column.Span, row - level1Top);
        }
        return row;
    }

    private static int InOrder(FormGrid grid, int row, IndicatorsBlock block, FormData data, bool emptyRow)
    {
        foreach (var column in block.Columns) grid.Put(row, column.At, column.Label.Text, FormCellKind.Heading, column.Span);
        row++;
        // a table of one half holds that half's rows; a table of a one-column form, the year's
        var rows = data.Indicators.Where(r => (r.Text("half") ?? "annual") == (block.Half ?? "annual")).ToList();
        // a self-evaluation keeps one empty row to fill in; a target form prints the 二级 that hold indicators only
        if (rows.Count == 0 && emptyRow)
        {
            foreach (var column in block.Columns) grid.Put(row, column.At, null, FormCellKind.Value, column.Span);
            return row + 1;
        }
        for (int i = 0; i < rows.Count; i++)
        {
            foreach (var column in block.Columns)
            {
                if (column.Field is "level1" or "level2")
                {
                    string? name = rows[i].Text(column.Field);
                    // only the first row of a run prints the name, merged down the run (a 二级 run ends with its 一级's)
                    if (i > 0 && Same(rows[i - 1], rows[i], column.Field)) continue;
                    int run = 1;
                    while (i + run < rows.Count && Same(rows[i + run - 1], rows[i + run], column.Field)) run++;
                    grid.Put(row + i, column.At, name, FormCellKind.Value, column.Span, run);
                }
                else Value(grid, row + i, column.At, column.Span, column.Format, rows[i].Fields.GetValueOrDefault(column.Field));
            }
        }
        return row + rows.Count;
    }

    private static bool Same(FormDataRow a, FormDataRow b, string field) =>
        a.Text("level1") == b.Text("level1") && (field == "level1" || a.Text("level2") == b.Text("level2"));

    /// <summary>A value in its format; an unknown value is an empty cell, never 0.</summary>
    private static void Value(FormGrid grid, int row, int at, int span, CellFormat format, FormValue value, decimal unit = 10_000m)
    {
        switch (format)
        {
            case CellFormat.Amount:
                grid.PutNumber(row, at, value.Number is { } a ? unit == 1m ? PrintedNumber.Yuan(new Yuan(a)) : PrintedNumber.WanYuan(new Yuan(a)) : null, span);
                break;
            case CellFormat.Text: grid.Put(row, at, value.Text, FormCellKind.Text, span); break;
            case CellFormat.Value: grid.Put(row, at, value.Text ?? Plain(value.Number), FormCellKind.Value, span); break;
            case CellFormat.WanYuan: grid.PutNumber(row, at, value.Number is { } y ? PrintedNumber.WanYuanFixed(new Yuan(y)) : null, span); break;
            case CellFormat.Points: grid.PutNumber(row, at, value.Number is { } p ? PrintedNumber.Points(p, false) : null, span, FormCellKind.Value); break;
            case CellFormat.Score: grid.PutNumber(row, at, value.Number is { } s ? PrintedNumber.Points(s, true) : null, span, FormCellKind.Value); break;
            case CellFormat.Rate: grid.PutNumber(row, at, value.Number is { } r ? PrintedNumber.Share(r) : null, span, FormCellKind.Share); break;
        }
    }

    private static string? Plain(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);
}
