using System.Text.Json;

namespace Jixiao.Text;

/// <summary>A JSON syntax error in Chinese, with where it is: for the data package, score templates and thresholds files.</summary>
public static class JsonSyntax
{
    /// <summary><c>第 2 行第 1 个字节处文件在 JSON 结束前中断（括号未闭合，文件可能不完整）</c>.</summary>
    public static string Describe(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var where = e.LineNumber is { } line ? $"第 {line + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 个字节" : "文件";
        return $"{where}处{Problem(e.Message)}";
    }

    /// <summary>
    /// The parser's problem in Chinese. System.Text.Json words its messages in English only; the common ones are
    /// recognised by their wording (stable across versions), anything else is a plain “语法错误”.
    /// </summary>
    public static string Problem(string message) => message switch
    {
        _ when message.Contains("does not contain any JSON tokens", StringComparison.Ordinal) => "没有任何 JSON 内容",
        _ when message.Contains("Expected depth to be zero", StringComparison.Ordinal)
            || message.Contains("end of data", StringComparison.Ordinal) => "文件在 JSON 结束前中断（括号未闭合，文件可能不完整）",
        _ when message.Contains("Expected start of a property name or value", StringComparison.Ordinal) => "应为属性名或值（文件可能不完整，或多了一个逗号）",
        _ when message.Contains("is invalid after a value", StringComparison.Ordinal) => "值后面应为逗号或右括号",
        _ when message.Contains("is invalid after a property name", StringComparison.Ordinal) => "属性名后面应为冒号",
        _ when message.Contains("is an invalid start of a property name", StringComparison.Ordinal) => "属性名应以双引号开头",
        _ when message.Contains("is an invalid start of a value", StringComparison.Ordinal) => "不是合法的 JSON 值（字符串要加双引号，数字不加）",
        _ when message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase) => "多了一个逗号",
        _ when message.Contains("comment", StringComparison.OrdinalIgnoreCase) => "有注释，JSON 不允许注释",
        _ when message.Contains("is invalid within a JSON string", StringComparison.Ordinal) => "字符串中有未转义的控制字符",
        _ => "语法错误",
    };
}
