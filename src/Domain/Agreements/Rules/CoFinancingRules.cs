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
        if ((Guards.Open(state) ?? Guards.IsParty(state, command.Party, context)
                ?? Guards.YearWithinPeriod(state, command.Year) ?? Guards.Text(command.Purpose, "The purpose of the co-financing")) is { } refused)
        {
            return refused;
        }

        if (state.Commitment(command.CommitmentId) is not null)
        {
            return new DomainError("commitment_already_exists", $"Commitment {command.CommitmentId} already exists on '{state.Title}'.");
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

        if (Guards.NotInFuture(command.InvoicedOn, context, "The invoice date") is { } refused)
        {
            return refused;
        }

        if (state.Commitments.Exists(c => c.Invoice(command.InvoiceId) is not null))
        {
            return new DomainError("invoice_already_exists", $"Invoice {command.InvoiceId} is already recorded.");
        }

        if (command.DueOn < command.InvoicedOn)
        {
            return new DomainError(
                "due_before_invoiced", $"An invoice dated {Date(command.InvoicedOn)} cannot fall due before that ({Date(command.DueOn)}).");
        }

        if (command.Amount > commitment.NotYetInvoiced)
        {
            return new DomainError(
                "invoice_exceeds_commitment",
                $"An invoice of {Kroner(command.Amount)} exceeds the {Kroner(commitment.NotYetInvoiced)} of {Describe(commitment, context)} not yet invoiced.");
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
            return new DomainError("invoice_not_found", $"{Describe(commitment, context)} has no invoice {command.InvoiceId}.");
        }

        if (Guards.NotInFuture(command.PaidOn, context, "The payment date") is { } refused)
        {
            return refused;
        }

        if (command.Amount > invoice.Outstanding)
        {
            return new DomainError(
                "payment_exceeds_outstanding",
                $"A payment of {Kroner(command.Amount)} exceeds the {Kroner(invoice.Outstanding)} outstanding on the invoice of {Date(invoice.InvoicedOn)} for {Describe(commitment, context)}.");
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
                $"{Kroner(commitment.Invoiced)} of {Describe(commitment, context)} has already been invoiced, so it can no longer be cancelled.");
        }

        return Decision.Accept(new CoFinancingCancelled(commitment.Id));
    }

    private static CommitmentState? Live(AgreementState state, CommitmentId id) =>
        state.Commitment(id) is { Cancelled: false } commitment ? commitment : null;

    private static DomainError Missing(AgreementState state, CommitmentId id, CommandContext context) =>
        state.Commitment(id) is { } cancelled
            ? new DomainError("commitment_cancelled", $"{Describe(cancelled, context)} was cancelled.")
            : new DomainError("commitment_not_found", $"'{state.Title}' has no co-financing commitment {id}.");

    /// <summary>"Aalborg Kommune's 2024 commitment of 250.000 kr."</summary>
    private static string Describe(CommitmentState commitment, CommandContext context) =>
        $"{context.NameOf(commitment.Party)}'s {commitment.Year} commitment of {Kroner(commitment.Amount)}";
}
