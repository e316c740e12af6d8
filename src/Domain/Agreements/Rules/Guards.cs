using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>
/// Checks that several commands share, each giving the refusal in the user's terms or null when it passes. Those about
/// one input field take the field's name in the command's input (<see cref="DomainError.Field"/>), e.g. <c>title</c>.
/// </summary>
internal static class Guards
{
    public static DomainError? Open(AgreementState state) => state switch
    {
        { Termination: { } termination } => new DomainError(
            "agreement_terminated", $"'{state.Title}' er opsagt med virkning fra {Date(termination.EffectiveDate)}."),
        { ExpiredOn: { } expired } => new DomainError("agreement_expired", $"'{state.Title}' udløb {Date(expired)}."),
        _ => null,
    };

    public static DomainError? FullySigned(AgreementState state) => state.FullySigned
        ? null
        : new DomainError("agreement_not_signed", $"'{state.Title}' er ikke underskrevet af alle parter endnu.");

    public static DomainError? IsParty(AgreementState state, OrganisationId organisation, CommandContext context, string field) =>
        state.Party(organisation) is null
            ? new DomainError("not_a_party", $"{context.NameOf(organisation)} er ikke part i '{state.Title}'.", field)
            : null;

    public static DomainError? IsRegistered(OrganisationId organisation, CommandContext context, string field) =>
        context.IsRegistered(organisation)
            ? null
            : new DomainError("organisation_not_found", $"Der er ingen registreret organisation med id {organisation}.", field);

    /// <param name="label">The field as the user knows it, e.g. "Mødets titel".</param>
    public static DomainError? Text(string? value, string label, string field) =>
        string.IsNullOrWhiteSpace(value) ? new DomainError("text_required", $"{label} skal udfyldes.", field) : null;

    /// <param name="label">The date as the user knows it, e.g. "Mødedatoen".</param>
    public static DomainError? NotInFuture(DateOnly date, CommandContext context, string label, string field) =>
        date > context.Today
            ? new DomainError("date_in_future", $"{label} kan ikke ligge i fremtiden. {Date(date)} er efter i dag.", field)
            : null;

    public static DomainError? YearWithinPeriod(AgreementState state, int year) =>
        state.Period.ContainsYear(year)
            ? null
            : new DomainError(
                "year_outside_agreement",
                $"{year} ligger uden for løbetiden for '{state.Title}' ({Date(state.Period.Start)} til {Date(state.Period.End)}).",
                "year");
}
