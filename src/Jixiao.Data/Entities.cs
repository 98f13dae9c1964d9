using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data;

// The relational rows of docs/web.md: what the system queries and enforces. A budget's own content is the package JSON
// of its revisions; these rows never repeat it except the figures the overviews filter and sum (RecordFigures).

/// <summary>区划 (<c>MOF_DIV_CODE</c>): a province, its cities and counties.</summary>
public class Region
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
}

/// <summary>主管部门.</summary>
public class Department
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
}

/// <summary>预算单位; a department's own body is one of its units.</summary>
public class Unit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public Guid DepartmentId { get; set; }
    public required string RegionCode { get; set; }
    /// <summary>行政 / 参公 / 事业 …, as the package writes it.</summary>
    public required string Nature { get; set; }
}

/// <summary>An account: one role in one scope (docs/roles.md). A person with two roles has two accounts.</summary>
public class Account : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>The role's code (handler, head, department, finance, expert, sysadmin, secadmin, auditor).</summary>
    public required string Role { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? DepartmentId { get; set; }
    public string? RegionCode { get; set; }
}

/// <summary>A finance account limited to some departments of its region (none: the whole region).</summary>
public class FinanceLimit
{
    public required string AccountId { get; set; }
    public Guid DepartmentId { get; set; }
}

/// <summary>A project assigned to an expert (the target form and self-evaluation of that project only).</summary>
public class ExpertAssignment
{
    public required string AccountId { get; set; }
    public Guid RecordId { get; set; }
    public required string ProjectCode { get; set; }
}

/// <summary>
/// One budget, target form, monitoring report or self-evaluation of a unit and year, moving through the workflow.
/// <see cref="Version"/> is the optimistic concurrency token: a save states the version it was made on.
/// </summary>
public class Record
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UnitId { get; set; }
    public int Year { get; set; }
    /// <summary>RecordKind's name (Budget, Targets, Monitoring, Evaluation).</summary>
    public required string Kind { get; set; }
    /// <summary>RecordState's Chinese name (草稿, 已提交, 退回, 已审核, 已批复, 已公开).</summary>
    public required string State { get; set; }
    /// <summary>The index of the workflow step the record waits for while it is under review.</summary>
    public int? PendingStep { get; set; }
    public Guid? CurrentRevisionId { get; set; }
    public int Version { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>The deadline of the record's next step, when the year's calendar sets one.</summary>
    public DateOnly? DueDate { get; set; }
}

/// <summary>
/// One version of a record: its validated package JSON (text, so that its SHA-256 stays the hash of what is stored;
/// PostgreSQL's jsonb would rewrite it), never updated once written.
/// </summary>
public class Revision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecordId { get; set; }
    public int Number { get; set; }
    public required string Package { get; set; }
    public required string Sha256 { get; set; }
    public required string AuthorId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>The record's state when this version was saved.</summary>
    public required string State { get; set; }
    /// <summary>What changed, in the author's words or the system's (“新增预算行 L12”).</summary>
    public string? Note { get; set; }
}

/// <summary>A move of a record in the workflow.</summary>
public class Transition
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecordId { get; set; }
    public Guid RevisionId { get; set; }
    public required string FromState { get; set; }
    public required string ToState { get; set; }
    /// <summary>The workflow action (Submit, Pass, Return, Publish) and the step's id when it was a review step.</summary>
    public required string Action { get; set; }
    public string? StepId { get; set; }
    public required string ActorId { get; set; }
    public DateTime TimeUtc { get; set; }
    /// <summary>A return's reason.</summary>
    public string? Reason { get; set; }
    /// <summary>The explanations given for warnings and unread checks at submission (JSON: rule id and location → text).</summary>
    public string? Explanations { get; set; }
}

/// <summary>The figures of one revision that overviews filter and sum (元), computed from the same budget as the revision.</summary>
public class RecordFigures
{
    public Guid RevisionId { get; set; }
    public Guid RecordId { get; set; }
    public decimal Income { get; set; }
    public decimal Expenditure { get; set; }
    public decimal Basic { get; set; }
    public decimal ProjectSpending { get; set; }
    public decimal Fiscal { get; set; }
    public int Lines { get; set; }
    public int Projects { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Unread { get; set; }
    public string? Grade { get; set; }
}

/// <summary>
/// One change to the rows, in the same transaction as the change: who, when, which row, before and after. Chained:
/// <see cref="Hash"/> is the SHA-256 of the entry's content and <see cref="PreviousHash"/>, so that an edited or removed
/// entry breaks the chain (AuditChain.Verify). Never updated or deleted (the database refuses it too).
/// </summary>
public class AuditEntry
{
    public long Sequence { get; set; }
    public DateTime TimeUtc { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }
    /// <summary>The row's type (Record, Revision, Account …) and key.</summary>
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>The record the row belongs to, so that those in its scope can read the entry.</summary>
    public Guid? RecordId { get; set; }
    /// <summary>新增, 修改 or 删除.</summary>
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>An uploaded or published file, stored under the data folder by its content hash.</summary>
public class StoredFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Sha256 { get; set; }
    public required string Name { get; set; }
    public long Size { get; set; }
    public required string MediaType { get; set; }
    public required string UploaderId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public Guid? RecordId { get; set; }
    public Guid? RevisionId { get; set; }
    /// <summary>upload, published, evidence, review.</summary>
    public required string Purpose { get; set; }
}

/// <summary>
/// A published document uploaded for review (the review service): the file being reviewed (its current version —
/// replacing the file makes a new one and reopens the review), what the checker read of it, and where the review stands.
/// Shared by the reviewers of its scope: the finance bureau of its region and, when a department's reviewer uploaded
/// it, that department.
/// </summary>
public class DocumentReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string RegionCode { get; set; }
    public Guid? DepartmentId { get; set; }
    public required string UploaderId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>The file as uploaded, its name and the version of the file (1, then 2 after a replacement …).</summary>
    public required string FileName { get; set; }
    public Guid FileId { get; set; }
    public int FileVersion { get; set; } = 1;
    /// <summary>检查中, 待复核, 已复核 or 无法读取 (ReviewStates).</summary>
    public required string State { get; set; }
    /// <summary>When the checker took the current file up (null while it waits in the queue).</summary>
    public DateTime? CheckStartedUtc { get; set; }
    public DateTime? CheckedUtc { get; set; }
    /// <summary>Why the file could not be read or checked, when it could not.</summary>
    public string? Error { get; set; }
    /// <summary>What the checker read: the document's kind, unit and year.</summary>
    public string? DocumentKind { get; set; }
    public string? UnitName { get; set; }
    public int? Year { get; set; }
    /// <summary>The copy of a PDF with the findings boxed on their cells.</summary>
    public Guid? AnnotatedFileId { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// One thing a reviewer decides on a reviewed file: a finding of the checker (confirmed or dismissed, with a reason), or
/// a check the checker could not finish (signed off as met or not met). Findings that follow from another (a wrong
/// figure breaking the sums it is in) are kept with <see cref="CausedBy"/> and decided with their root.
/// </summary>
public class ReviewItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReviewId { get; set; }
    public int FileVersion { get; set; }
    /// <summary>The item's place in the report (a finding's index, or after them the unfinished checks).</summary>
    public int Index { get; set; }
    /// <summary>finding or unfinished.</summary>
    public required string Kind { get; set; }
    public required string RuleId { get; set; }
    public required string RuleTitle { get; set; }
    /// <summary>错误, 警告 or 提示.</summary>
    public required string Severity { get; set; }
    public required string Subject { get; set; }
    public required string Location { get; set; }
    public required string Message { get; set; }
    public int? Page { get; set; }
    public int? CausedBy { get; set; }
    /// <summary>确认 / 驳回 for a finding, 符合 / 不符合 for an unfinished check; null while undecided.</summary>
    public string? Decision { get; set; }
    public string? Reason { get; set; }
    public string? DeciderId { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// 整改 task: a monitoring warning or finding of a record turned into work for its unit — what is to be corrected, who
/// owns it (an account of the unit), by when — and the unit's answer. 待整改 until the owner's unit says it is done (已整改).
/// </summary>
public class RectificationTask
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecordId { get; set; }
    public string? ProjectCode { get; set; }
    /// <summary>What is to be corrected (the warning or finding as it was said).</summary>
    public required string Issue { get; set; }
    public required string OwnerId { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>待整改 or 已整改.</summary>
    public required string State { get; set; }
    public required string CreatorId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>The unit's answer: what was done.</summary>
    public string? Response { get; set; }
    public DateTime? DoneUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A file of evidence (佐证材料) attached to an item of a project's self-evaluation — a fixed item by its key
/// (<c>业务管理/管理制度健全性</c>) or an indicator by its name — with its own review: 待审核, then 认可 or 不认可 with a note.
/// </summary>
public class EvidenceFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecordId { get; set; }
    public required string ProjectCode { get; set; }
    public required string ItemKey { get; set; }
    public Guid FileId { get; set; }
    public required string UploaderId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>待审核, 认可 or 不认可.</summary>
    public required string State { get; set; }
    public string? ReviewerId { get; set; }
    public string? ReviewNote { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A token a machine client (a province's 预算管理一体化 system, a script) calls the API with, on behalf of an account and
/// within its role and scope. Only the SHA-256 of the secret is kept; the secret is shown once when the token is made.
/// </summary>
public class ApiToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AccountId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the secret, to tell tokens apart in the list.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
