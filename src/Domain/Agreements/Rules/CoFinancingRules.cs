using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>
/// Co-financing from commitment to payment. The amounts nest: what is paid on an invoice never exceeds the
/// invoice, and what is invoiced never exceeds the commitment; a commitment can be cancelled only before invoicing.
/// </summary>
internal static class CoFinancingRules
{
    public static Result<IReadOnlyList<object>> Commit(AgreementState state, CommitCoFinancing command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, command.Party, context, "partyId")
                ?? Guards.YearWithinPeriod(state, command.Year) ?? Guards.Text(command.Purpose, "Tilsagnets formål", "purpose")) is { } refused)
        {
            return refused;
        }

        if (state.Commitment(command.CommitmentId) is not null)
        {
            return new DomainError(
                "commitment_already_exists", $"Der findes allerede et tilsagn med id {command.CommitmentId} på '{state.Title}'.", "commitmentId");
        }

        return Decision.Accept(new CoFinancingCommitted(
            command.CommitmentId, command.Party, command.Amount, command.Year, command.Purpose.Trim(), command.Form));
    }

    public static Result<IReadOnlyList<object>> Invoice(AgreementState state, InvoiceCoFinancing command, CommandContext context)
    {
        if (Live(state, command.CommitmentId) is not { } commitment)
        {
            return Missing(state, command.CommitmentId, context);
        }

        if (Guards.NotInFuture(command.InvoicedOn, context, "Fakturadatoen", "invoicedOn") is { } refused)
        {
            return refused;
        }

        if (state.Commitments.Exists(c => c.Invoice(command.InvoiceId) is not null))
        {
            return new DomainError("invoice_already_exists", $"Der er allerede registreret en faktura med id {command.InvoiceId}.", "invoiceId");
        }

        if (command.DueOn < command.InvoicedOn)
        {
            return new DomainError(
                "due_before_invoiced",
                $"Forfaldsdatoen ({Date(command.DueOn)}) kan ikke ligge før fakturadatoen ({Date(command.InvoicedOn)}).",
                "dueOn");
        }

        if (command.Amount > commitment.NotYetInvoiced)
        {
            return new DomainError(
                "invoice_exceeds_commitment",
                $"En faktura på {Kroner(command.Amount)} er større end de {Kroner(commitment.NotYetInvoiced)}, der endnu ikke er faktureret af {Describe(commitment, context)}.",
                "amount");
        }

        return Decision.Accept(new CoFinancingInvoiced(commitment.Id, command.InvoiceId, command.Amount, command.InvoicedOn, command.DueOn));
    }

    public static Result<IReadOnlyList<object>> Pay(AgreementState state, PayCoFinancing command, CommandContext context)
    {
        if (state.Commitment(command.CommitmentId) is not { } commitment)
        {
            return Missing(state, command.CommitmentId, context);
        }

        if (commitment.Invoice(command.InvoiceId) is not { } invoice)
        {
            return new DomainError("invoice_not_found", $"Der er ingen faktura med id {command.InvoiceId} på {Describe(commitment, context)}.", "invoiceId");
        }

        if (Guards.NotInFuture(command.PaidOn, context, "Betalingsdatoen", "paidOn") is { } refused)
        {
            return refused;
        }

        if (command.Amount > invoice.Outstanding)
        {
            return new DomainError(
                "payment_exceeds_outstanding",
                $"En betaling på {Kroner(command.Amount)} er større end de {Kroner(invoice.Outstanding)}, der mangler at blive betalt på fakturaen fra {Date(invoice.InvoicedOn)} for {Describe(commitment, context)}.",
                "amount");
        }

        return Decision.Accept(new CoFinancingPaid(commitment.Id, invoice.Id, command.Amount, command.PaidOn));
    }

    public static Result<IReadOnlyList<object>> Cancel(AgreementState state, CancelCoFinancing command, CommandContext context)
    {
        if (Live(state, command.CommitmentId) is not { } commitment)
        {
            return Missing(state, command.CommitmentId, context);
        }

        if (commitment.Invoiced > 0)
        {
            return new DomainError(
                "commitment_already_invoiced",
                $"Der er allerede faktureret {Kroner(commitment.Invoiced)} af {Describe(commitment, context)}, så tilsagnet kan ikke længere annulleres.");
        }

        return Decision.Accept(new CoFinancingCancelled(commitment.Id));
    }

    private static CommitmentState? Live(AgreementState state, CommitmentId id) =>
        state.Commitment(id) is { Cancelled: false } commitment ? commitment : null;

    private static DomainError Missing(AgreementState state, CommitmentId id, CommandContext context) =>
        state.Commitment(id) is { } cancelled
            ? new DomainError("commitment_cancelled", $"Medfinansieringen kan ikke ændres, fordi {Describe(cancelled, context)} er annulleret.")
            : new DomainError("commitment_not_found", $"'{state.Title}' har intet tilsagn om medfinansiering med id {id}.", "commitmentId");

    /// <summary>"tilsagnet fra Aalborg Kommune på 250.000 kr. for 2024".</summary>
    private static string Describe(CommitmentState commitment, CommandContext context) =>
        $"tilsagnet fra {context.NameOf(commitment.Party)} på {Kroner(commitment.Amount)} for {commitment.Year}";
}
