using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Checks that several commands share, each giving the refusal in the user's terms or null when it passes.</summary>
internal static class Guards
{
    public static DomainError? Open(AgreementState state) => state switch
    {
        { Termination: { } termination } => new DomainError(
            "agreement_terminated", $"'{state.Title}' was terminated with effect from {Date(termination.EffectiveDate)}."),
        { ExpiredOn: { } expired } => new DomainError("agreement_expired", $"'{state.Title}' expired on {Date(expired)}."),
        _ => null,
    };

    public static DomainError? FullySigned(AgreementState state) => state.FullySigned
        ? null
        : new DomainError("agreement_not_signed", $"'{state.Title}' has not been signed by all parties yet.");

    public static DomainError? IsParty(AgreementState state, OrganisationId organisation, CommandContext context) =>
        state.Party(organisation) is null
            ? new DomainError("not_a_party", $"{context.NameOf(organisation)} is not a party to '{state.Title}'.")
            : null;

    public static DomainError? IsRegistered(OrganisationId organisation, CommandContext context) =>
        context.IsRegistered(organisation)
            ? null
            : new DomainError("organisation_not_found", $"Organisation {organisation} is not registered.");

    /// <param name="what">What is missing, as the user would say it, e.g. "The meeting's title".</param>
    public static DomainError? Text(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? new DomainError("text_required", $"{what} is required.") : null;

    public static DomainError? NotInFuture(DateOnly date, CommandContext context, string what) =>
        date > context.Today ? new DomainError("date_in_future", $"{what} {Date(date)} is in the future.") : null;

    public static DomainError? YearWithinPeriod(AgreementState state, int year) =>
        state.Period.ContainsYear(year)
            ? null
            : new DomainError(
                "year_outside_agreement",
                $"{year} is outside the period of '{state.Title}' ({Date(state.Period.Start)} to {Date(state.Period.End)}).");
}
