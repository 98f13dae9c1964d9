namespace Jixiao.Application.Demo;

/// <summary>
/// The demo data shipped with Jixiao (made-up figures on real layouts): the 兴隆县医疗保障局 2021 package, its published
/// text and a 忻州 target-form text. The CLI's <c>demo</c> and the web application's first start both load it.
/// </summary>
public static class DemoFiles
{
    public const string Package = "xinglong-2021.package.json";

    /// <summary>The bureau's 2021 disclosure as its text was published.</summary>
    public const string UnitBudgetText = "xinglong-2021-unit-budget.txt";

    public static string Text(string name)
    {
        using var s = typeof(DemoFiles).Assembly.GetManifestResourceStream("Jixiao.Application.Demo." + name)
            ?? throw new InvalidOperationException("内置示例数据缺失：" + name);
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
