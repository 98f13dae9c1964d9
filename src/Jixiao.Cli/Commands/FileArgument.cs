using System.CommandLine;

namespace Jixiao.Cli.Commands;

/// <summary>
/// A file argument whose value starts with “-” and names no file is a misspelt option (<c>check --jsn x</c>): a usage
/// error, exit 2, rather than a file that cannot be read.
/// </summary>
internal static class FileArgument
{
    public static T RejectingUnknownOptions<T>(this T argument) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"未知选项“{token.Value}”");
        });
        return argument;
    }
}
