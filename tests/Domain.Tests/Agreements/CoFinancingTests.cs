using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class CoFinancingTests
{
    private static readonly InvoiceId SecondInvoiceId = InvoiceId.From(Guid.Parse("f0000000-0000-0000-0000-000000000002"));

    private static CommitCoFinancing Commit(decimal amount = 50_000m, int year = 2025, OrganisationId? party = null) =>
        new(History.AgreementId, AalborgCommitmentId, party ?? Aalborg, amount, year, "Matchmaking-arrangementer i Aalborg", ContributionForm.Cash);

    private static InvoiceCoFinancing Invoice(decimal amount = 50_000m, InvoiceId? id = null) =>
        new(History.AgreementId, AalborgCommitmentId, id ?? AalborgInvoiceId, amount, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));

    private static PayCoFinancing Pay(decimal amount) =>
        new(History.AgreementId, AalborgCommitmentId, AalborgInvoiceId, amount, new DateOnly(2025, 3, 20));

    [Fact]
    public void Committing_co_financing() => Given.Agreement(Signed).When(Commit()).Then(AalborgCommitted);

    [Fact]
    public void Only_a_party_commits() => Given.Agreement(Signed).When(Commit(party: Hjoerring)).ThenRefused("not_a_party");

    [Fact]
    public void A_commitment_must_be_positive() => Given.Agreement(Signed).When(Commit(0)).ThenRefused("invalid_amount");

    [Fact]
    public void Amounts_are_in_whole_oere() => Given.Agreement(Signed).When(Commit(1_000.005m)).ThenRefused("invalid_amount");

    [Fact]
    public void A_commitment_year_must_lie_within_the_agreement() =>
        Given.Agreement(Signed).When(Commit(year: 2023)).ThenRefused("year_outside_agreement");

    [Fact]
    public void A_commitment_needs_a_purpose() => Given.Agreement(Signed).When(Commit() with { Purpose = "" }).ThenRefused("text_required");

    [Fact]
    public void A_commitment_id_is_used_once() => Given.Agreement([.. Signed, AalborgCommitted]).When(Commit()).ThenRefused("commitment_already_exists");

    [Fact]
    public void Nothing_new_is_committed_after_termination() =>
        Given.Agreement([.. Signed, new AgreementTerminated(Aalborg, new DateOnly(2025, 12, 31))]).When(Commit()).ThenRefused("agreement_terminated");

    [Fact]
    public void Invoicing_a_commitment() => Given.Agreement([.. Signed, AalborgCommitted]).When(Invoice()).Then(AalborgInvoiced);

    [Fact]
    public void Invoicing_more_than_is_left_of_the_commitment_is_refused()
    {
        var error = Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced with { Amount = 30_000m }])
            .When(Invoice(25_000m, SecondInvoiceId))
            .ThenRefused("invoice_exceeds_commitment");
        Assert.Equal("En faktura på 25.000 kr. er større end de 20.000 kr., der endnu ikke er faktureret af tilsagnet fra Aalborg Kommune på 50.000 kr. for 2025.", error.Message);
        Assert.Equal("amount", error.Field);
    }

    [Fact]
    public void Invoicing_an_unknown_commitment_is_refused() => Given.Agreement(Signed).When(Invoice()).ThenRefused("commitment_not_found");

    [Fact]
    public void Invoicing_a_cancelled_commitment_is_refused() =>
        Given.Agreement([.. Signed, AalborgCommitted, new CoFinancingCancelled(AalborgCommitmentId)]).When(Invoice()).ThenRefused("commitment_cancelled");

    [Fact]
    public void An_invoice_id_is_used_once() =>
        Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced with { Amount = 10_000m }]).When(Invoice(10_000m)).ThenRefused("invoice_already_exists");

    [Fact]
    public void An_invoice_cannot_fall_due_before_its_date() =>
        Given.Agreement([.. Signed, AalborgCommitted]).When(Invoice() with { DueOn = new DateOnly(2025, 2, 1) }).ThenRefused("due_before_invoiced");

    [Fact]
    public void An_invoice_amount_must_be_positive() => Given.Agreement([.. Signed, AalborgCommitted]).When(Invoice(-1)).ThenRefused("invalid_amount");

    [Fact]
    public void An_invoice_cannot_be_dated_in_the_future() =>
        Given.Agreement([.. Signed, AalborgCommitted]).When(Invoice() with { InvoicedOn = new DateOnly(2025, 9, 1), DueOn = new DateOnly(2025, 10, 1) })
            .ThenRefused("date_in_future");

    [Fact]
    public void Paying_part_of_an_invoice() =>
        Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced])
            .When(Pay(20_000m))
            .Then(new CoFinancingPaid(AalborgCommitmentId, AalborgInvoiceId, 20_000m, new DateOnly(2025, 3, 20)));

    [Fact]
    public void Paying_more_than_is_outstanding_is_refused()
    {
        var error = Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced]).When(Pay(60_000m)).ThenRefused("payment_exceeds_outstanding");
        Assert.StartsWith("En betaling på 60.000 kr. er større end de 50.000 kr., der mangler at blive betalt på fakturaen fra 01-03-2025", error.Message);
        Assert.Equal("amount", error.Field);
    }

    [Fact]
    public void Paying_an_unknown_invoice_is_refused() => Given.Agreement([.. Signed, AalborgCommitted]).When(Pay(1)).ThenRefused("invoice_not_found");

    [Fact]
    public void Paying_on_an_unknown_commitment_is_refused() => Given.Agreement(Signed).When(Pay(1)).ThenRefused("commitment_not_found");

    [Fact]
    public void A_payment_must_be_positive() => Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced]).When(Pay(0)).ThenRefused("invalid_amount");

    [Fact]
    public void A_payment_cannot_be_dated_in_the_future() =>
        Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced]).When(Pay(1) with { PaidOn = new DateOnly(2025, 12, 1) }).ThenRefused("date_in_future");

    [Fact]
    public void Cancelling_a_commitment_before_invoicing() =>
        Given.Agreement([.. Signed, AalborgCommitted])
            .When(new CancelCoFinancing(History.AgreementId, AalborgCommitmentId))
            .Then(new CoFinancingCancelled(AalborgCommitmentId));

    [Fact]
    public void Cancelling_an_invoiced_commitment_is_refused() =>
        Given.Agreement([.. Signed, AalborgCommitted, AalborgInvoiced])
            .When(new CancelCoFinancing(History.AgreementId, AalborgCommitmentId))
            .ThenRefused("commitment_already_invoiced");

    [Fact]
    public void Cancelling_twice_is_refused() =>
        Given.Agreement([.. Signed, AalborgCommitted, new CoFinancingCancelled(AalborgCommitmentId)])
            .When(new CancelCoFinancing(History.AgreementId, AalborgCommitmentId))
            .ThenRefused("commitment_cancelled");

    [Fact]
    public void Cancelling_an_unknown_commitment_is_refused() =>
        Given.Agreement(Signed).When(new CancelCoFinancing(History.AgreementId, AalborgCommitmentId)).ThenRefused("commitment_not_found");
}
