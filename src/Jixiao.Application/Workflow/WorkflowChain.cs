using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Application.Workflow;

/// <summary>One review step of the chain: who acts, and the state a record is in once they pass it.</summary>
public sealed record WorkflowStep(string Id, Role Role, string Name, RecordState After);

/// <summary>A record's place in the chain: its state and, while it is under review, the index of the step it waits for.</summary>
public sealed record WorkflowPosition(RecordState State, int? PendingStep);

/// <summary>What a role may do to a record now.</summary>
public enum WorkflowAction
{
    /// <summary>提交</summary>
    Submit,
    /// <summary>通过 the pending step (签署 / 审核 / 批复)</summary>
    Pass,
    /// <summary>退回, with a reason</summary>
    Return,
    /// <summary>公开</summary>
    Publish,
}

/// <summary>A move the chain does not allow: said in Chinese, for the user.</summary>
public sealed class WorkflowException(string message) : Exception(message);

/// <summary>
/// The review chain of a region (docs/web.md, “workflow as data”): the 经办人 submits, each step in turn passes the record
/// or returns it with a reason, the last step approves (已批复), and the unit publishes. The steps are read from a
/// workflow file, so that a province adds or drops one without a change of code; the default is
/// 负责人 → 主管部门 → 财政局.
/// </summary>
public sealed class WorkflowChain
{
    public IReadOnlyList<WorkflowStep> Steps { get; }

    private WorkflowChain(IReadOnlyList<WorkflowStep> steps) => Steps = steps;

    /// <summary>The chain Jixiao ships with (Workflow/workflow.json).</summary>
    public static WorkflowChain Default { get; } = Load(DefaultJson(), "workflow.json（内置）");

    /// <summary>The text of the default chain, to start a region's own file from.</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(WorkflowChain).Assembly.GetManifestResourceStream("Jixiao.Application.Workflow.workflow.json")
            ?? throw new InvalidOperationException("workflow.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a workflow file; throws <see cref="WorkflowException"/> saying what is wrong where.</summary>
    public static WorkflowChain Load(string json, string file)
    {
        WorkflowFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(json, WorkflowJson.Default.WorkflowFile);
        }
        catch (JsonException e)
        {
            throw new WorkflowException($"{file}：{e.Path ?? "$"} 处不是所需的 JSON（{e.Message}）");
        }
        if (parsed?.Steps is not { Count: > 0 } raw) throw new WorkflowException($"{file}：steps 应至少有一个审核环节");
        var steps = new List<WorkflowStep>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < raw.Count; i++)
        {
            var s = raw[i];
            string at = $"{file}：steps[{i}]";
            if (string.IsNullOrWhiteSpace(s.Id) || !ids.Add(s.Id)) throw new WorkflowException($"{at}.id 应是不重复的环节标识，实为“{s.Id}”");
            if (Roles.FromCode(s.Role) is not { } role || role is not (Role.Head or Role.Department or Role.Finance or Role.Expert))
                throw new WorkflowException($"{at}.role 应是 head、department、finance 或 expert 之一，实为“{s.Role}”");
            if (string.IsNullOrWhiteSpace(s.Name)) throw new WorkflowException($"{at}.name 应是环节的中文名称");
            if (RecordStates.FromChinese(s.After) is not { } after || after is not (RecordState.Submitted or RecordState.Reviewed or RecordState.Approved))
                throw new WorkflowException($"{at}.after 应是“已提交”“已审核”或“已批复”，实为“{s.After}”");
            if (steps.Count > 0 && after < steps[^1].After)
                throw new WorkflowException($"{at}.after“{s.After}”不应早于上一环节的“{steps[^1].After.ChineseName()}”");
            steps.Add(new WorkflowStep(s.Id, role, s.Name, after));
        }
        if (steps[^1].After != RecordState.Approved)
            throw new WorkflowException($"{file}：最后一个环节（{steps[^1].Name}）通过后应为“已批复”，实为“{steps[^1].After.ChineseName()}”");
        return new WorkflowChain(steps);
    }

    /// <summary>The step a record waits for, if any.</summary>
    public WorkflowStep? Pending(WorkflowPosition at) =>
        at.State is RecordState.Submitted or RecordState.Reviewed && at.PendingStep is int i && i >= 0 && i < Steps.Count ? Steps[i] : null;

    /// <summary>What <paramref name="role"/> may do to a record at <paramref name="at"/>, in scope (the caller checks scope).</summary>
    public IReadOnlyList<WorkflowAction> Allowed(WorkflowPosition at, Role role)
    {
        var allowed = new List<WorkflowAction>(2);
        if (at.State.IsEditable() && role == Role.Handler) allowed.Add(WorkflowAction.Submit);
        if (Pending(at) is { } step && step.Role == role) { allowed.Add(WorkflowAction.Pass); allowed.Add(WorkflowAction.Return); }
        if (at.State == RecordState.Approved && role.IsUnit()) allowed.Add(WorkflowAction.Publish);
        return allowed;
    }

    /// <summary>The position after <paramref name="action"/>; throws <see cref="WorkflowException"/> when it is not allowed.</summary>
    public WorkflowPosition Apply(WorkflowPosition at, Role role, WorkflowAction action, string? reason = null)
    {
        if (!Allowed(at, role).Contains(action)) throw new WorkflowException(Refusal(at, role, action));
        switch (action)
        {
            case WorkflowAction.Submit:
                return new WorkflowPosition(RecordState.Submitted, 0);
            case WorkflowAction.Pass:
                int next = at.PendingStep!.Value + 1;
                var after = Steps[next - 1].After;
                return next < Steps.Count ? new WorkflowPosition(after, next) : new WorkflowPosition(RecordState.Approved, null);
            case WorkflowAction.Return:
                if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowException("退回时应写明理由");
                return new WorkflowPosition(RecordState.Returned, null);
            case WorkflowAction.Publish:
                return new WorkflowPosition(RecordState.Published, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private string Refusal(WorkflowPosition at, Role role, WorkflowAction action) => action switch
    {
        WorkflowAction.Submit when !at.State.IsEditable() => $"记录处于“{at.State.ChineseName()}”，只有草稿或退回的记录可以提交",
        WorkflowAction.Submit => $"{role.ChineseName()}不能提交，应由单位经办人提交",
        WorkflowAction.Pass or WorkflowAction.Return when Pending(at) is { } step =>
            $"记录正等待“{step.Name}”，应由{step.Role.ChineseName()}办理，{role.ChineseName()}不能办理",
        WorkflowAction.Pass or WorkflowAction.Return => $"记录处于“{at.State.ChineseName()}”，没有待办的审核环节",
        WorkflowAction.Publish when at.State != RecordState.Approved => $"记录处于“{at.State.ChineseName()}”，只有已批复的记录可以公开",
        WorkflowAction.Publish => $"{role.ChineseName()}不能公开，应由单位经办人或负责人公开",
        _ => "不允许的操作",
    };

    internal sealed record WorkflowFile(List<StepJson>? Steps);

    internal sealed record StepJson(string? Id, string? Role, string? Name, string? After);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(WorkflowChain.WorkflowFile))]
internal sealed partial class WorkflowJson : JsonSerializerContext;
