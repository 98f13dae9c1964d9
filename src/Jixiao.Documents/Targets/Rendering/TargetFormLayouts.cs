using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Targets.Rendering;

/// <summary>The grids of a list of forms, each in its own layout file; forms without a printed title are numbered in order.</summary>
internal static class TargetFormLayouts
{
    public static IReadOnlyList<FormGrid> Build(IReadOnlyList<TargetForm> forms)
    {
        var grids = new List<FormGrid>(forms.Count);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            ArgumentNullException.ThrowIfNull(form);
            var layout = Forms.TargetDeclarationFields.LayoutOf(form);
            // a numbered title counts the forms of its layout in the document
            int number = numbers[layout.Id] = numbers.GetValueOrDefault(layout.Id) + 1;
            grids.Add(Forms.FormGridBuilder.Build(layout, Forms.TargetDeclarationFields.ToData(form, layout, number)));
        }
        return grids;
    }

    /// <summary>Sheet names from the project names: unique, at most 31 characters, without the characters Excel refuses.</summary>
    public static IReadOnlyList<string> SheetNames(IReadOnlyList<FormGrid> grids)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(grids.Count);
        for (int i = 0; i < grids.Count; i++)
        {
            var baseName = Clean(grids[i].Name);
            if (baseName.Length == 0) baseName = $"表{i + 1}";
            var name = Fit(baseName, "");
            for (int n = 2; !used.Add(name); n++) name = Fit(baseName, $"（{n}）");
            names.Add(name);
        }
        return names;
    }

    // Excel refuses : \ / ? * [ ] in a sheet name and an apostrophe at either end; brackets become the full-width 【】.
    private static string Clean(string name)
    {
        var chars = name.Trim().Select(c => c switch
        {
            '[' => '【',
            ']' => '】',
            ':' or '\\' or '/' or '?' or '*' => '_',
            _ when char.IsControl(c) => ' ',
            _ => c,
        }).ToArray();
        return new string(chars).Trim('\'').Trim();
    }

    private static string Fit(string name, string suffix) =>
        name.Length + suffix.Length <= 31 ? name + suffix : name[..(31 - suffix.Length)] + suffix;
}
