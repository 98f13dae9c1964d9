namespace Jixiao.Application.Workflow;

/// <summary>Where a record stands in the yearly cycle (docs/roles.md); stored by its Chinese name.</summary>
public enum RecordState
{
    /// <summary>草稿</summary>
    Draft,
    /// <summary>已提交: waiting for the chain's next step.</summary>
    Submitted,
    /// <summary>退回, with a reason: editable again.</summary>
    Returned,
    /// <summary>已审核 by the supervising department.</summary>
    Reviewed,
    /// <summary>已批复 by the finance bureau: immutable.</summary>
    Approved,
    /// <summary>已公开</summary>
    Published,
}

/// <summary>What a record holds: each is moved through the workflow on its own.</summary>
public enum RecordKind
{
    /// <summary>单位预算</summary>
    Budget,
    /// <summary>项目绩效目标</summary>
    Targets,
    /// <summary>绩效监控</summary>
    Monitoring,
    /// <summary>绩效自评</summary>
    Evaluation,
}

public static class RecordStates
{
    public static string ChineseName(this RecordState state) => state switch
    {
        RecordState.Draft => "草稿",
        RecordState.Submitted => "已提交",
        RecordState.Returned => "退回",
        RecordState.Reviewed => "已审核",
        RecordState.Approved => "已批复",
        RecordState.Published => "已公开",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static RecordState? FromChinese(string? name) =>
        Enum.GetValues<RecordState>().Cast<RecordState?>().FirstOrDefault(s => s!.Value.ChineseName() == name);

    /// <summary>Only a draft or a returned record is edited; anything further is a kept version.</summary>
    public static bool IsEditable(this RecordState state) => state is RecordState.Draft or RecordState.Returned;

    public static string ChineseName(this RecordKind kind) => kind switch
    {
        RecordKind.Budget => "单位预算",
        RecordKind.Targets => "项目绩效目标",
        RecordKind.Monitoring => "绩效监控",
        RecordKind.Evaluation => "绩效自评",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
