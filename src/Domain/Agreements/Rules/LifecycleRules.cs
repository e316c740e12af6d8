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
            return new DomainError("agreement_already_drafted", $"'{state.Title}' has already been drafted.");
        }

        if (Guards.Text(command.Title, "The agreement's title") is { } noTitle)
        {
            return noTitle;
        }

        if (Guards.Text(command.Purpose, $"The purpose of '{command.Title.Trim()}'") is { } noPurpose)
        {
            return noPurpose;
        }

        if (!command.Period.IsValid)
        {
            return new DomainError(
                "invalid_period",
                $"The period of '{command.Title.Trim()}' ends ({Date(command.Period.End)}) before it starts ({Date(command.Period.Start)}).");
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
        if ((Guards.Open(state) ?? Guards.IsRegistered(command.Party, context) ?? PartiesStillOpen(state, context)) is { } refused)
        {
            return refused;
        }

        if (state.Party(command.Party) is not null)
        {
            return new DomainError("already_a_party", $"{context.NameOf(command.Party)} is already a party to '{state.Title}'.");
        }

        return Decision.Accept(new PartyAdded(command.Party, command.Role));
    }

    public static Result<IReadOnlyList<object>> RemoveParty(AgreementState state, RemoveParty command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, command.Party, context) ?? PartiesStillOpen(state, context)) is { } refused)
        {
            return refused;
        }

        return Decision.Accept(new PartyRemoved(command.Party));
    }

    public static Result<IReadOnlyList<object>> Sign(AgreementState state, SignAgreement command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.IsParty(state, command.Party, context)) is { } refused)
        {
            return refused;
        }

        if (state.Party(command.Party)!.SignedOn is { } signedOn)
        {
            return new DomainError("already_signed", $"{context.NameOf(command.Party)} has already signed '{state.Title}' (on {Date(signedOn)}).");
        }

        if (state.Parties.Count < 2)
        {
            return new DomainError("too_few_parties", $"'{state.Title}' needs at least two parties before anyone signs.");
        }

        if (Guards.NotInFuture(command.SignedOn, context, "The signing date") is { } future)
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
                $"'{state.Title}' already runs until {Date(state.Period.End)}; an extension must end after that, not on {Date(command.NewEnd)}.");
        }

        return Decision.Accept(new AgreementExtended(state.Period.End, command.NewEnd));
    }

    public static Result<IReadOnlyList<object>> Terminate(AgreementState state, TerminateAgreement command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state) ?? Guards.IsParty(state, command.TerminatedBy, context)) is { } refused)
        {
            return refused;
        }

        if (command.EffectiveDate > state.Period.End)
        {
            return new DomainError(
                "termination_after_end",
                $"'{state.Title}' ends on {Date(state.Period.End)} anyway; a termination must take effect on or before that date.");
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
            return new DomainError("period_not_ended", $"'{state.Title}' runs until {Date(state.Period.End)}; it cannot expire before then.");
        }

        return Decision.Accept(new AgreementExpired(state.Period.End));
    }

    private static DomainError? PartiesStillOpen(AgreementState state, CommandContext context) =>
        state.Parties.Find(p => p.SignedOn is not null) is { } signer
            ? new DomainError(
                "parties_fixed_after_signing",
                $"The parties to '{state.Title}' are fixed since {context.NameOf(signer.Organisation)} signed; draft a new agreement to change them.")
            : null;
}
