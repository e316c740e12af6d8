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
        if ((Guards.Open(state) ?? Guards.FullySigned(state) ?? Guards.IsParty(state, command.ProposedBy, context, "proposedBy")
                ?? Guards.Text(command.Summary, "Tillæggets resumé", "summary")) is { } refused)
        {
            return refused;
        }

        if (state.Amendments.Exists(a => a.Id == command.AmendmentId))
        {
            return new DomainError("amendment_already_proposed", $"Der er allerede foreslået en ændring med id {command.AmendmentId}.", "amendmentId");
        }

        if (state.Amendments.Find(a => a.IsPending) is { } pending)
        {
            return new DomainError(
                "amendment_pending",
                $"Ændringen '{pending.Summary}' venter stadig på svar fra {Waiting(state, pending, context)}. Den skal afgøres, før der kan foreslås en ny.");
        }

        var changes = command.Changes;
        if (changes.ChangesNothing)
        {
            return new DomainError(
                "amendment_changes_nothing", $"Ændringen '{command.Summary.Trim()}' ændrer ingen af vilkårene i '{state.Title}'.", "changes");
        }

        if (changes.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            return new DomainError("text_required", "En ændring kan ikke efterlade aftalen uden titel.", "changes.title");
        }

        if (changes.Purpose is { } purpose && string.IsNullOrWhiteSpace(purpose))
        {
            return new DomainError("text_required", "En ændring kan ikke efterlade aftalen uden formål.", "changes.purpose");
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
                "amendment_already_accepted", $"{context.NameOf(command.Party)} har allerede accepteret ændringen '{amendment.Summary}'.");
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
                "amendment_already_accepted", $"{context.NameOf(command.Party)} har allerede accepteret ændringen '{amendment.Summary}'.");
        }

        return Decision.Accept(new AgreementAmendmentRejected(amendment.Id, command.Party));
    }

    /// <summary>The amendment a party answers, if it is still open for an answer.</summary>
    private static Result<AmendmentState> PendingAmendment(AgreementState state, AmendmentId id, OrganisationId party, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, party, context, "organisationId")) is { } refused)
        {
            return refused;
        }

        var amendment = state.Amendments.Find(a => a.Id == id);
        if (amendment is null)
        {
            return new DomainError("amendment_not_found", $"'{state.Title}' har ingen ændring med id {id}.", "amendmentId");
        }

        if (amendment.Applied)
        {
            return new DomainError("amendment_already_applied", $"Ændringen '{amendment.Summary}' er allerede accepteret af alle parter.");
        }

        return amendment.RejectedBy is { } rejectedBy
            ? new DomainError("amendment_rejected", $"Ændringen '{amendment.Summary}' blev afvist af {context.NameOf(rejectedBy)}.")
            : amendment;
    }

    private static string Waiting(AgreementState state, AmendmentState amendment, CommandContext context) =>
        string.Join(", ", state.Parties.Where(p => !amendment.AcceptedBy.Contains(p.Organisation)).Select(p => context.NameOf(p.Organisation)));
}
