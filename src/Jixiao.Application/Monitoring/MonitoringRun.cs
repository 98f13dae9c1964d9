using Jixiao.Budget;
using Jixiao.Documents;
using Jixiao.Monitoring;

namespace Jixiao.Application.Monitoring;

/// <summary>
/// 绩效运行监控 (双监控) of a data package's or workbook's projects at a date — spending against time and plan,
/// indicators against what the date expects, lights and warnings (docs/monitoring.md).
/// </summary>
public static class MonitoringRun
{
    /// <summary>
    /// A province's thresholds file: a <see cref="DocumentReadException"/> naming it when it cannot be read, a
    /// <see cref="FormatException"/> when what it says is wrong.
    /// </summary>
    public static MonitoringThresholds LoadThresholds(string path)
    {
        try
        {
            if (File.Exists(path)) DocumentLoader.RequireReadableFile(path); // not a named pipe, not above the size limit
            return MonitoringThresholds.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path,
                File.Exists(path) ? DocumentLoader.ReadFailure(e) : Directory.Exists(path) ? "这是文件夹，不是阈值文件" : "文件不存在", e);
        }
    }

    /// <summary>The budget monitored: only a data package or a workbook holds execution data; a <see cref="DocumentReadException"/> otherwise.</summary>
    public static UnitBudget LoadBudget(string path)
    {
        if (File.Exists(path) && FileTypes.Of(path) is { IsBudget: false } file)
            throw new DocumentReadException(path, $"监控要从数据包（.json）或填报工作簿（.xlsx）读取，不支持“{file.Extension}”（公开文本中没有执行数据）");
        return DocumentLoader.LoadBudget(path);
    }

    /// <summary>
    /// The monitoring at <paramref name="date"/>, of every project or of the one whose code is <paramref name="project"/>;
    /// when that one cannot be monitored, why (in Chinese).
    /// </summary>
    public static (MonitoringReport? Report, string? Problem) At(string path, UnitBudget budget, DateOnly date, MonitoringThresholds thresholds, string? project)
    {
        var report = PerformanceMonitoring.At(budget, date, thresholds);
        if (project is null) return (report, null);
        var code = project.Trim();
        var chosen = report.Projects.Where(p => string.Equals(p.Project.Code, code, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (chosen.Length > 0) return (report with { Projects = chosen }, null);
        bool listed = budget.Projects.Any(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
        string known = string.Join("、", report.Projects.Select(p => p.Project.Code));
        return (null, listed
            ? $"项目“{project}”既没有预算（项目预算行）也没有执行数据"
            : $"{path} 中没有项目编码“{project}”（可监控的项目：{(known.Length > 0 ? known : "无")}）");
    }
}
