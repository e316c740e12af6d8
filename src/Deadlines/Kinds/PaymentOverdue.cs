using System.Text.Json.Serialization;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using Wolverine.Attributes;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>An invoice for co-financing passes its due date with money outstanding.</summary>
public static class PaymentOverdue
{
    public const string MessageKind = "deadline.payment_overdue";

    [MessageIdentity(MessageKind)]
    public sealed record Due(AgreementId AgreementId, CommitmentId CommitmentId, InvoiceId InvoiceId, DateOnly Deadline) : IDeadlinePayload
    {
        /// <summary>Money still owed is reported however late.</summary>
        [JsonIgnore]
        public DateOnly? UsefulUntil => null;
    }

    /// <summary>Due the day after the invoice's due date, the first day <see cref="InvoiceState.IsOverdueOn"/> holds.</summary>
    internal static ScheduledDeadline Schedule(AgreementId agreement, CommitmentId commitment, InvoiceState invoice) =>
        ScheduledDeadline.Of(new Due(agreement, commitment, invoice.Id, invoice.DueOn.AddDays(1)), $"payment:{invoice.Id}");

    /// <summary>Paid in full by now: nothing to say. Still owed, however late the check: the payer and the coordinators should know.</summary>
    internal static Notice? Check(Due due, DeadlineCheck check)
    {
        var agreement = check.Agreement;
        if (agreement.Commitment(due.CommitmentId) is not { } commitment
            || commitment.Invoice(due.InvoiceId) is not { } invoice
            || !invoice.IsOverdueOn(check.Today))
            return null;
        var concerns = agreement.Parties
            .Where(p => p.Role == PartyRole.Coordinator)
            .Select(p => p.Organisation)
            .Prepend(commitment.Party)
            .Distinct()
            .ToList();
        return new Notice(
            NotificationKinds.PaymentOverdue,
            concerns,
            $"Betaling på {Kroner(invoice.Outstanding)} fra {check.NameOf(commitment.Party)} forfaldt {Date(invoice.DueOn)} " +
            $"(medfinansiering {commitment.Year} af aftalen '{agreement.Title}').");
    }
}
