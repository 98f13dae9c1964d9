using Jixiao.Application.Workflow;

namespace Jixiao.Application.Tests.Workflow;

/// <summary>
/// The review chain as data: the default chain walks 草稿 → 已提交 → (负责人) → 已审核 → 已批复 → 已公开 with each step
/// done only by its role; a return needs a reason and makes the record editable; a province's file drops a step; a
/// broken file is refused saying where.
/// </summary>
public class WorkflowChainTests
{
    private static readonly WorkflowChain Chain = WorkflowChain.Default;

    [Fact]
    public void The_default_chain_walks_from_draft_to_published()
    {
        var at = new WorkflowPosition(RecordState.Draft, null);
        at = Chain.Apply(at, Role.Handler, WorkflowAction.Submit);
        at.ShouldBe(new WorkflowPosition(RecordState.Submitted, 0));
        Chain.Pending(at)!.Role.ShouldBe(Role.Head);
        at = Chain.Apply(at, Role.Head, WorkflowAction.Pass);
        at.ShouldBe(new WorkflowPosition(RecordState.Submitted, 1));
        at = Chain.Apply(at, Role.Department, WorkflowAction.Pass);
        at.ShouldBe(new WorkflowPosition(RecordState.Reviewed, 2));
        at = Chain.Apply(at, Role.Finance, WorkflowAction.Pass);
        at.ShouldBe(new WorkflowPosition(RecordState.Approved, null));
        at.State.IsEditable().ShouldBeFalse();
        Chain.Allowed(at, Role.Handler).ShouldBe([WorkflowAction.Publish]);
        Chain.Apply(at, Role.Head, WorkflowAction.Publish).State.ShouldBe(RecordState.Published);
    }

    [Theory]
    [InlineData(Role.Handler)]
    [InlineData(Role.Department)]
    [InlineData(Role.Finance)]
    [InlineData(Role.Expert)]
    [InlineData(Role.SystemAdministrator)]
    public void Only_the_pending_steps_role_acts_on_it(Role role)
    {
        var submitted = new WorkflowPosition(RecordState.Submitted, 0);
        Chain.Allowed(submitted, role).ShouldBeEmpty();
        Should.Throw<WorkflowException>(() => Chain.Apply(submitted, role, WorkflowAction.Pass)).Message.ShouldContain("单位负责人签署");
    }

    [Fact]
    public void A_return_needs_a_reason_and_opens_the_record_again()
    {
        var at = new WorkflowPosition(RecordState.Reviewed, 2);
        Should.Throw<WorkflowException>(() => Chain.Apply(at, Role.Finance, WorkflowAction.Return, " ")).Message.ShouldBe("退回时应写明理由");
        var back = Chain.Apply(at, Role.Finance, WorkflowAction.Return, "项目支出未细化");
        back.ShouldBe(new WorkflowPosition(RecordState.Returned, null));
        back.State.IsEditable().ShouldBeTrue();
        Chain.Allowed(back, Role.Handler).ShouldBe([WorkflowAction.Submit]);
    }

    [Fact]
    public void Nothing_but_an_approved_record_is_published()
    {
        foreach (var state in new[] { RecordState.Draft, RecordState.Submitted, RecordState.Returned, RecordState.Reviewed, RecordState.Published })
            Should.Throw<WorkflowException>(() => Chain.Apply(new WorkflowPosition(state, state is RecordState.Submitted or RecordState.Reviewed ? 1 : null), Role.Handler, WorkflowAction.Publish));
    }

    [Fact]
    public void A_province_drops_the_department_step()
    {
        var chain = WorkflowChain.Load("""
            { "steps": [
              { "id": "unit-head", "role": "head", "name": "单位负责人签署", "after": "已提交" },
              { "id": "finance", "role": "finance", "name": "财政局批复", "after": "已批复" } ] }
            """, "省.json");
        var at = chain.Apply(new WorkflowPosition(RecordState.Draft, null), Role.Handler, WorkflowAction.Submit);
        at = chain.Apply(at, Role.Head, WorkflowAction.Pass);
        Chain.Pending(at)!.Role.ShouldBe(Role.Department);
        chain.Pending(at)!.Role.ShouldBe(Role.Finance);
        chain.Apply(at, Role.Finance, WorkflowAction.Pass).State.ShouldBe(RecordState.Approved);
    }

    [Theory]
    [InlineData("""{ "steps": [] }""", "steps 应至少有一个审核环节")]
    [InlineData("""{ "steps": [ { "id": "a", "role": "handler", "name": "甲", "after": "已批复" } ] }""", "steps[0].role")]
    [InlineData("""{ "steps": [ { "id": "a", "role": "head", "name": "甲", "after": "已审核" } ] }""", "通过后应为“已批复”")]
    [InlineData("""{ "steps": [ { "id": "a", "role": "finance", "name": "甲", "after": "已批复" }, { "id": "b", "role": "head", "name": "乙", "after": "已提交" } ] }""", "steps[1].after")]
    [InlineData("""{ "steps": [ { "id": "a", "role": "head", "name": "甲", "after": "已批复", "extra": 1 } ] }""", "steps[0].extra")]
    [InlineData("""{ "steps": [ { "id": "a", "role": "head", "name": "甲", "after": "已批复" }, { "id": "a", "role": "finance", "name": "乙", "after": "已批复" } ] }""", "steps[1].id")]
    public void A_broken_workflow_file_is_refused_saying_where(string json, string said) =>
        Should.Throw<WorkflowException>(() => WorkflowChain.Load(json, "省.json")).Message.ShouldContain(said);
}
