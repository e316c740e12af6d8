using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Drafting, parties, signing, extension, termination and expiry.</summary>
internal static class LifecycleRules
{
    public static Result<IReadOnlyList<object>> Draft(AgreementState? state, DraftAgreement command)
    {
        if (state is not null)
        {
            return new DomainError("agreement_already_drafted", $"Der findes allerede en aftale med dette id: '{state.Title}'.", "agreementId");
        }

        if (Guards.Text(command.Title, "Aftalens titel", "title") is { } noTitle)
        {
            return noTitle;
        }

        if (Guards.Text(command.Purpose, "Aftalens formål", "purpose") is { } noPurpose)
        {
            return noPurpose;
        }

        if (!command.Period.IsValid)
        {
            return new DomainError(
                "invalid_period",
                $"Aftalens slutdato ({Date(command.Period.End)}) ligger før startdatoen ({Date(command.Period.Start)}).",
                "end");
        }

        return Decision.Accept(new AgreementDrafted(
            command.AgreementId,
            command.Title.Trim(),
            command.Kind,
            command.Purpose.Trim(),
            command.Period,
            command.StrengthArea?.Trim() ?? "",
            command.TargetGroups.Distinct().ToList(),
            command.GeographicScope?.Trim() ?? ""));
    }

    public static Result<IReadOnlyList<object>> AddParty(AgreementState state, AddParty command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsRegistered(command.Party, context, "organisationId") ?? PartiesStillOpen(state, context)) is { } refused)
        {
            return refused;
        }

        if (state.Party(command.Party) is not null)
        {
            return new DomainError("already_a_party", $"{context.NameOf(command.Party)} er allerede part i '{state.Title}'.", "organisationId");
        }

        return Decision.Accept(new PartyAdded(command.Party, command.Role));
    }

    public static Result<IReadOnlyList<object>> RemoveParty(AgreementState state, RemoveParty command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, command.Party, context, "organisationId") ?? PartiesStillOpen(state, context)) is { } refused)
        {
            return refused;
        }

        return Decision.Accept(new PartyRemoved(command.Party));
    }

    public static Result<IReadOnlyList<object>> Sign(AgreementState state, SignAgreement command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, command.Party, context, "organisationId")) is { } refused)
        {
            return refused;
        }

        if (state.Party(command.Party)!.SignedOn is { } signedOn)
        {
            return new DomainError("already_signed", $"{context.NameOf(command.Party)} har allerede underskrevet '{state.Title}' ({Date(signedOn)}).");
        }

        if (state.Parties.Count < 2)
        {
            return new DomainError("too_few_parties", $"'{state.Title}' skal have mindst to parter, før nogen kan underskrive.");
        }

        if (Guards.NotInFuture(command.SignedOn, context, "Underskriftsdatoen", "signedOn") is { } future)
        {
            return future;
        }

        return Decision.Accept(new AgreementSigned(command.Party, command.SignedOn));
    }

    public static Result<IReadOnlyList<object>> Extend(AgreementState state, ExtendAgreement command)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state)) is { } refused)
        {
            return refused;
        }

        if (command.NewEnd <= state.Period.End)
        {
            return new DomainError(
                "extension_not_later",
                $"'{state.Title}' løber allerede til {Date(state.Period.End)}. En forlængelse skal slutte efter den dato, ikke {Date(command.NewEnd)}.",
                "newEnd");
        }

        return Decision.Accept(new AgreementExtended(state.Period.End, command.NewEnd));
    }

    public static Result<IReadOnlyList<object>> Terminate(AgreementState state, TerminateAgreement command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state) ?? Guards.IsParty(state, command.TerminatedBy, context, "organisationId")) is { } refused)
        {
            return refused;
        }

        if (command.EffectiveDate > state.Period.End)
        {
            return new DomainError(
                "termination_after_end",
                $"'{state.Title}' slutter alligevel {Date(state.Period.End)}. En opsigelse skal have virkning senest den dato.",
                "effectiveOn");
        }

        return Decision.Accept(new AgreementTerminated(command.TerminatedBy, command.EffectiveDate));
    }

    public static Result<IReadOnlyList<object>> Expire(AgreementState state, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state)) is { } refused)
        {
            return refused;
        }

        if (context.Today <= state.Period.End)
        {
            return new DomainError("period_not_ended", $"'{state.Title}' løber til {Date(state.Period.End)} og kan ikke udløbe før.");
        }

        return Decision.Accept(new AgreementExpired(state.Period.End));
    }

    private static DomainError? PartiesStillOpen(AgreementState state, CommandContext context) =>
        state.Parties.Find(p => p.SignedOn is not null) is { } signer
            ? new DomainError(
                "parties_fixed_after_signing",
                $"Parterne i '{state.Title}' kan ikke ændres, efter {context.NameOf(signer.Organisation)} har underskrevet. Opret en ny aftale for at ændre dem.")
            : null;
}
