using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.FollowUp;

public class CoFinancingLedgerTests
{
    private static readonly CommitmentId ClusterCommitmentId = CommitmentId.From(Guid.Parse("e0000000-0000-0000-0000-000000000002"));
    private static readonly CommitmentId CancelledId = CommitmentId.From(Guid.Parse("e0000000-0000-0000-0000-000000000003"));

    private static AgreementState State(params object[] events) => Agreement.Fold(null, [.. Signed, .. events])!;

    [Fact]
    public void Lines_per_party_and_year_with_outstanding_and_overdue()
    {
        var state = State(
            AalborgCommitted,
            AalborgInvoiced,
            new CoFinancingPaid(AalborgCommitmentId, AalborgInvoiceId, 20_000m, new DateOnly(2025, 3, 20)),
            new CoFinancingCommitted(ClusterCommitmentId, EnergyCluster, 100_000m, 2025, "Timer til sekretariat", ContributionForm.InKind),
            new CoFinancingCommitted(CancelledId, Aalborg, 75_000m, 2026, "Udgår", ContributionForm.Cash),
            new CoFinancingCancelled(CancelledId));

        var lines = CoFinancingLedger.ByPartyAndYear(state, new DateOnly(2025, 6, 1));

        Assert.Equal(
            [
                new LedgerLine(Aalborg, 2025, 50_000m, 50_000m, 20_000m, 30_000m, 30_000m),
                new LedgerLine(EnergyCluster, 2025, 100_000m, 0m, 0m, 100_000m, 0m),
            ],
            lines);
        Assert.Equal((150_000m, 50_000m, 20_000m, 130_000m, 30_000m), CoFinancingLedger.Totals(lines));
    }

    [Fact]
    public void An_invoice_is_not_overdue_on_its_due_date() =>
        Assert.Equal(0m, CoFinancingLedger.ByPartyAndYear(State(AalborgCommitted, AalborgInvoiced), new DateOnly(2025, 3, 31)).Single().Overdue);

    [Fact]
    public void A_paid_invoice_is_never_overdue() =>
        Assert.Equal(
            0m,
            CoFinancingLedger.ByPartyAndYear(
                State(AalborgCommitted, AalborgInvoiced, new CoFinancingPaid(AalborgCommitmentId, AalborgInvoiceId, 50_000m, new DateOnly(2025, 4, 10))),
                new DateOnly(2025, 6, 1)).Single().Overdue);
}
