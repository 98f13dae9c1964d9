namespace Jixiao.Documents.Forms;

/// <summary>
/// One printed form described as data (docs/form-layouts.md): its title, columns, page, the labels that recognise it,
/// and its blocks in printed order. The form reader finds every field by the labels given here and the grid builder
/// prints the same labels in the same places, so that what Jixiao prints it reads back.
/// </summary>
internal sealed record FormLayout
{
    /// <summary>The layout's id (<c>national-self-evaluation</c>), unique among the shipped and the user's layouts.</summary>
    public required string Id { get; init; }

    /// <summary>What the form holds: a self-evaluation or a target declaration.</summary>
    public required FormKind Kind { get; init; }

    /// <summary>The form's name as the user sees it (项目支出绩效自评表（财预〔2020〕10号）).</summary>
    public required string Name { get; init; }

    /// <summary>The score template a form read in this layout follows (<c>national</c>); null when the form has none.</summary>
    public string? Template { get; init; }

    /// <summary>The title printed when the model has none, and how a title row ends.</summary>
    public required FormTitle Title { get; init; }

    /// <summary>Column widths in character units (a CJK character counts 2); their count is the grid's columns.</summary>
    public required IReadOnlyList<double> Columns { get; init; }

    public bool Landscape { get; init; }

    /// <summary>True when the form is filed on one page whatever its length.</summary>
    public bool OnePage { get; init; }

    /// <summary>Labels only this layout prints: a form showing at least <see cref="RecogniseAtLeast"/> of them is read in it.</summary>
    public required IReadOnlyList<FormLabel> Recognise { get; init; }

    public int RecogniseAtLeast { get; init; }

    public required IReadOnlyList<FormBlock> Blocks { get; init; }

    /// <summary>What a target form's layout declares for the rules (its name in findings, 实施期, goal headings); null for a self-evaluation.</summary>
    public Jixiao.Targets.TargetFormShape? Shape { get; init; }

    /// <summary>The file the layout was read from (<c>内置</c> for a shipped one), for messages.</summary>
    public string Source { get; init; } = "";
}

/// <summary>What a form layout holds.</summary>
internal enum FormKind
{
    /// <summary>A 绩效自评表 (<see cref="Jixiao.Evaluations.SelfEvaluation"/>).</summary>
    SelfEvaluation,
    /// <summary>A 绩效目标表 / 绩效目标申报表 (<see cref="Jixiao.Targets.TargetForm"/>).</summary>
    TargetDeclaration,
}

/// <summary>
/// The title printed when the model gives none (<c>项目支出绩效自评表</c>) and the ending every title of the form has;
/// <see cref="Contains"/>, when set, also takes a short row of at most three cells that holds those words anywhere.
/// </summary>
internal sealed record FormTitle(string Text, string EndsWith, string? Contains = null)
{
    /// <summary>True when <paramref name="cell"/>, one of <paramref name="cells"/> filled cells of its row, is such a title.</summary>
    public bool IsTitle(string cell, int cells) =>
        cell.EndsWith(EndsWith, StringComparison.Ordinal) || Contains is { } words && cells <= 3 && cell.Contains(words, StringComparison.Ordinal);
}
