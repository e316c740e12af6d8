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
public sealed class LedgerView(AgreementState agreement, DateOnly asOf)
{
    private readonly Lazy<IReadOnlyList<LedgerLine>> _lines = new(() => CoFinancingLedger.ByPartyAndYear(agreement, asOf));

    public AgreementState Agreement => agreement;
    public DateOnly AsOf => asOf;

    /// <summary>Per party and year, computed once however many of the ledger's fields a query selects.</summary>
    public IReadOnlyList<LedgerLine> Lines => _lines.Value;

    public (decimal Committed, decimal Invoiced, decimal Paid, decimal Outstanding, decimal Overdue) Totals => CoFinancingLedger.Totals(Lines);
}

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
