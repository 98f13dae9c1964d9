namespace Jixiao.Documents.Targets.Rendering;

/// <summary>What a cell of a rendered form holds; the XLSX and HTML writers style each kind the same way.</summary>
internal enum FormCellKind
{
    /// <summary>The form's title, above the grid.</summary>
    Title,
    /// <summary>（2022年度） under the title.</summary>
    Subtitle,
    /// <summary>A line above or below the grid, left-aligned: the unit, a sign-off value.</summary>
    CaptionLeft,
    /// <summary>A line above or below the grid, right-aligned: 单位：万元, a sign-off label.</summary>
    CaptionRight,
    /// <summary>A field's printed label inside the grid (项目名称, 预算数), centred.</summary>
    Label,
    /// <summary>A column heading (一级指标, 实施期目标), centred, bold, shaded.</summary>
    Heading,
    /// <summary>A short value (a code, 1年, an indicator value), centred.</summary>
    Value,
    /// <summary>A name or a long text, left-aligned and wrapped.</summary>
    Text,
    /// <summary>An amount, right-aligned, stored as a number with its format.</summary>
    Number,
    /// <summary>A share under its label (资金支出计划), centred, stored as a number with its format.</summary>
    Share,
}
