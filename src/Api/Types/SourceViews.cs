using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;

namespace AgreementTracker.Api.Types;

/// <summary>What <c>Kpi</c> resolves from: the KPI, its assessment on the view's date, and the agreement it belongs to.</summary>
public sealed record KpiView(KpiState Kpi, KpiAssessment Assessment, AgreementState Agreement);

/// <summary>What <c>Measurement</c> resolves from: one figure of a KPI's history and, for a correction, the figure it replaced.</summary>
public sealed record MeasurementView(MeasurementEntry Entry, decimal? CorrectsValue);

/// <summary>What <c>ActionPlan</c> resolves from.</summary>
public sealed record ActionPlanView(ActionPlanState Plan, IReadOnlyList<ActivityState> Activities);

/// <summary>What <c>CoFinancingLedger</c>, <c>CoFinancingCommitment</c> and <c>Invoice</c> resolve from: the figures are assessed on <c>AsOf</c>.</summary>
public sealed record LedgerView(AgreementState Agreement, DateOnly AsOf);

public sealed record CommitmentView(CommitmentState Commitment, DateOnly AsOf);

public sealed record InvoiceView(InvoiceState Invoice, DateOnly AsOf);

/// <summary>Where a commitment stands, derived from its invoices and payments.</summary>
public enum CommitmentStatus
{
    Committed,
    Invoiced,
    PartlyPaid,
    Paid,
    Cancelled,
}
