namespace Jixiao.Rules;

/// <summary>What happened when a rule was applied to a document. A rule that did not run is never a pass.</summary>
public enum Outcome
{
    /// <summary>Every check of the rule held (rounding gaps included).</summary>
    Pass,
    /// <summary>At least one check failed (an error or warning finding).</summary>
    Fail,
    /// <summary>The document has nothing the rule applies to (no such table, no such sentence).</summary>
    NotApplicable,
    /// <summary>The rule applies but a figure it needs is missing or unreadable.</summary>
    InsufficientData,
    /// <summary>The source could not be parsed into what the rule reads (a table whose columns could not be placed, a page not read).</summary>
    ParseError,
    /// <summary>The rule itself failed while running (a defect of Jixiao, reported rather than hidden).</summary>
    ExecutionError,
}

/// <summary>JSON / CLI names of outcomes and severities.</summary>
public static class RuleText
{
    public static string ToJson(this Outcome o) => o switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        Outcome.NotApplicable => "not_applicable",
        Outcome.ParseError => "parse_error",
        Outcome.ExecutionError => "execution_error",
        _ => "insufficient_data",
    };

    public static string ToJson(this Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    public static string ToChinese(this Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };

    public static string ToChinese(this Outcome o) => o switch
    {
        Outcome.Pass => "通过",
        Outcome.Fail => "未通过",
        Outcome.NotApplicable => "不适用",
        Outcome.ParseError => "无法解析",
        Outcome.ExecutionError => "执行出错",
        _ => "数据不足",
    };
}
