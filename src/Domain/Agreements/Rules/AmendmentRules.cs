using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>
/// Changing signed terms: one party proposes, every other party accepts, and the acceptance that completes
/// the set applies the amendment; one rejection ends it. One amendment is open at a time so parties always know
/// what they accept.
/// </summary>
internal static class AmendmentRules
{
    public static Result<IReadOnlyList<object>> Propose(AgreementState state, ProposeAmendment command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state) ?? Guards.IsParty(state, command.ProposedBy, context)
                ?? Guards.Text(command.Summary, "A summary of the amendment")) is { } refused)
        {
            return refused;
        }

        if (state.Amendments.Exists(a => a.Id == command.AmendmentId))
        {
            return new DomainError("amendment_already_proposed", $"Amendment {command.AmendmentId} has already been proposed.");
        }

        if (state.Amendments.Find(a => a.IsPending) is { } pending)
        {
            return new DomainError(
                "amendment_pending",
                $"The amendment '{pending.Summary}' still awaits {Waiting(state, pending, context)}; settle it before proposing another.");
        }

        var changes = command.Changes;
        if (changes.ChangesNothing)
        {
            return new DomainError("amendment_changes_nothing", $"The amendment '{command.Summary.Trim()}' changes none of the terms of '{state.Title}'.");
        }

        if (changes.Title is { } title && string.IsNullOrWhiteSpace(title) || changes.Purpose is { } purpose && string.IsNullOrWhiteSpace(purpose))
        {
            return new DomainError("text_required", "An amendment cannot leave the agreement without a title or purpose.");
        }

        return Decision.Accept(new AgreementAmendmentProposed(command.AmendmentId, command.ProposedBy, command.Summary.Trim(), changes));
    }

    public static Result<IReadOnlyList<object>> Accept(AgreementState state, AcceptAmendment command, CommandContext context)
    {
        var found = PendingAmendment(state, command.AmendmentId, command.Party, context);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var amendment = found.Value;
        if (amendment.AcceptedBy.Contains(command.Party))
        {
            return new DomainError(
                "amendment_already_accepted", $"{context.NameOf(command.Party)} has already accepted the amendment '{amendment.Summary}'.");
        }

        var accepted = new AgreementAmendmentAccepted(command.AmendmentId, command.Party);
        var everyoneAccepted = state.Parties.All(p => p.Organisation == command.Party || amendment.AcceptedBy.Contains(p.Organisation));
        return everyoneAccepted ? Decision.Accept(accepted, new AgreementAmended(command.AmendmentId)) : Decision.Accept(accepted);
    }

    public static Result<IReadOnlyList<object>> Reject(AgreementState state, RejectAmendment command, CommandContext context)
    {
        var found = PendingAmendment(state, command.AmendmentId, command.Party, context);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var amendment = found.Value;
        if (amendment.AcceptedBy.Contains(command.Party) && amendment.ProposedBy != command.Party)
        {
            return new DomainError(
                "amendment_already_accepted", $"{context.NameOf(command.Party)} has already accepted the amendment '{amendment.Summary}'.");
        }

        return Decision.Accept(new AgreementAmendmentRejected(amendment.Id, command.Party));
    }

    /// <summary>The amendment a party answers, if it is still open for an answer.</summary>
    private static Result<AmendmentState> PendingAmendment(AgreementState state, AmendmentId id, OrganisationId party, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, party, context)) is { } refused)
        {
            return refused;
        }

        var amendment = state.Amendments.Find(a => a.Id == id);
        if (amendment is null)
        {
            return new DomainError("amendment_not_found", $"'{state.Title}' has no amendment {id}.");
        }

        if (amendment.Applied)
        {
            return new DomainError("amendment_already_applied", $"The amendment '{amendment.Summary}' has already been accepted by all parties.");
        }

        return amendment.RejectedBy is { } rejectedBy
            ? new DomainError("amendment_rejected", $"The amendment '{amendment.Summary}' was rejected by {context.NameOf(rejectedBy)}.")
            : amendment;
    }

    private static string Waiting(AgreementState state, AmendmentState amendment, CommandContext context) =>
        string.Join(", ", state.Parties.Where(p => !amendment.AcceptedBy.Contains(p.Organisation)).Select(p => context.NameOf(p.Organisation)));
}
