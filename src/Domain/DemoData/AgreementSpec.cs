using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.DemoData;

/// <summary>What an agreement in the demo data looks like; <see cref="AgreementSimulator"/> turns it into commands over time.</summary>
internal sealed record AgreementSpec(
    string Title,
    AgreementKind Kind,
    string Purpose,
    DatePeriod Period,
    string StrengthArea,
    IReadOnlyList<TargetGroup> TargetGroups,
    string Scope,
    IReadOnlyList<PartySpec> Parties,
    int MeetingsPerYear,
    IReadOnlyList<KpiSpec> Kpis,
    IReadOnlyList<FinancingSpec> Financing,
    bool ActionPlans,
    IReadOnlyList<Twist> Twists);

internal sealed record PartySpec(string Organisation, PartyRole Role);

/// <param name="Performance">How well the KPI does against its straight line: 1 on the line, below 1 behind.</param>
internal sealed record KpiSpec(
    string Code,
    decimal Baseline,
    decimal Target,
    ReportingFrequency Frequency,
    string Responsible,
    string Geography,
    decimal Performance,
    KpiDirection Direction = KpiDirection.Increase);

internal sealed record FinancingSpec(string Organisation, decimal AmountPerYear, ContributionForm Form, string Purpose);

/// <summary>Something that happens to one agreement beyond the routine of meetings, figures and payments.</summary>
internal abstract record Twist;

internal sealed record Extension(DateOnly DecidedOn, DateOnly NewEnd, string Reason) : Twist;

internal sealed record Termination(string By, DateOnly EffectiveDate, string Reason) : Twist;

/// <param name="RejectedBy">A party that turns the amendment down instead of accepting it, if any.</param>
internal sealed record Amendment(DateOnly ProposedOn, string By, string Summary, AmendedTerms Changes, string Reason, string? RejectedBy = null) : Twist;

internal sealed record TargetRevision(int Kpi, DateOnly RevisedOn, decimal NewTarget, string Reason) : Twist;

internal sealed record Correction(int Kpi, string Period, decimal Delta, string Reason) : Twist;

internal sealed record OverduePayment(string Organisation, int Year) : Twist;

internal sealed record MissingReport(int Kpi, string Period) : Twist;

/// <summary>A party's commitment for a year is withdrawn before it is invoiced.</summary>
internal sealed record CancelledCommitment(string Organisation, int Year, string Reason) : Twist;

/// <summary>An organisation is added while drafting and leaves again before anyone signs.</summary>
internal sealed record LeftDuringDrafting(string Organisation, string Reason) : Twist;

/// <summary>The agreement stays a draft: this party never signs.</summary>
internal sealed record AwaitingSignature(string Organisation) : Twist;

/// <summary>The agreement runs out and the parties choose not to renew it, for this reason.</summary>
internal sealed record NotRenewed(string Reason) : Twist;
