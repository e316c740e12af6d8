using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class LifecycleTests
{
    private static DraftAgreement Draft(string title = "Grøn energi i Aalborg", DatePeriod? period = null) => new(
        History.AgreementId, title, AgreementKind.ProjectAgreement, "Flere nordjyske SMV'er i grønne energiprojekter", period ?? Period,
        "Energi", [TargetGroup.InnovationActiveSmes, TargetGroup.SmesNotYetInnovating, TargetGroup.InnovationActiveSmes], "Aalborg Kommune");

    [Fact]
    public void Drafting_records_the_terms_with_each_target_group_once() =>
        Given.Agreement().When(Draft()).Then(Drafted);

    [Fact]
    public void Drafting_an_existing_agreement_is_refused() =>
        Given.Agreement(Drafted).When(Draft()).ThenRefused("agreement_already_drafted");

    [Fact]
    public void Drafting_without_a_title_is_refused() =>
        Given.Agreement().When(Draft(title: "  ")).ThenRefused("text_required");

    [Fact]
    public void Drafting_without_a_purpose_is_refused() =>
        Given.Agreement().When(Draft() with { Purpose = "" }).ThenRefused("text_required");

    [Fact]
    public void Drafting_a_period_that_ends_before_it_starts_is_refused()
    {
        var error = Given.Agreement()
            .When(Draft(period: new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2024, 12, 31))))
            .ThenRefused("invalid_period");
        Assert.Equal("Aftalens slutdato (31-12-2024) ligger før startdatoen (01-01-2025).", error.Message);
        Assert.Equal("end", error.Field);
    }

    [Fact]
    public void Any_command_but_drafting_needs_an_existing_agreement() =>
        Given.Agreement().When(new AddParty(History.AgreementId, Aalborg, PartyRole.Partner)).ThenRefused("agreement_not_found");

    [Fact]
    public void Adding_a_registered_organisation_makes_it_a_party() =>
        Given.Agreement(Drafted).When(new AddParty(History.AgreementId, Aalborg, PartyRole.Coordinator)).Then(AalborgAdded);

    [Fact]
    public void Adding_an_unregistered_organisation_is_refused() =>
        Given.Agreement(Drafted).When(new AddParty(History.AgreementId, Unregistered, PartyRole.Partner)).ThenRefused("organisation_not_found");

    [Fact]
    public void Adding_a_party_twice_is_refused()
    {
        var error = Given.Agreement(Drafted, AalborgAdded)
            .When(new AddParty(History.AgreementId, Aalborg, PartyRole.Partner))
            .ThenRefused("already_a_party");
        Assert.Equal("Aalborg Kommune er allerede part i 'Grøn energi i Aalborg'.", error.Message);
        Assert.Equal("organisationId", error.Field);
    }

    [Fact]
    public void Parties_are_fixed_once_someone_has_signed()
    {
        var error = Given.Agreement([.. WithParties, AalborgSigned])
            .When(new AddParty(History.AgreementId, Hjoerring, PartyRole.CoFinancier))
            .ThenRefused("parties_fixed_after_signing");
        Assert.Contains("efter Aalborg Kommune har underskrevet", error.Message);
    }

    [Fact]
    public void Removing_a_party_from_a_draft() =>
        Given.Agreement(WithParties).When(new RemoveParty(History.AgreementId, Aalborg)).Then(new PartyRemoved(Aalborg));

    [Fact]
    public void Removing_an_organisation_that_is_not_a_party_is_refused() =>
        Given.Agreement(WithParties).When(new RemoveParty(History.AgreementId, Hjoerring)).ThenRefused("not_a_party");

    [Fact]
    public void Removing_a_party_after_signing_is_refused() =>
        Given.Agreement([.. WithParties, AalborgSigned]).When(new RemoveParty(History.AgreementId, EnergyCluster)).ThenRefused("parties_fixed_after_signing");

    [Fact]
    public void Signing_records_the_party_and_date() =>
        Given.Agreement(WithParties).When(new SignAgreement(History.AgreementId, Aalborg, new DateOnly(2023, 12, 1))).Then(AalborgSigned);

    [Fact]
    public void Signing_twice_is_refused()
    {
        var error = Given.Agreement([.. WithParties, AalborgSigned])
            .When(new SignAgreement(History.AgreementId, Aalborg, new DateOnly(2024, 1, 5)))
            .ThenRefused("already_signed");
        Assert.Equal("Aalborg Kommune har allerede underskrevet 'Grøn energi i Aalborg' (01-12-2023).", error.Message);
    }

    [Fact]
    public void Signing_by_a_non_party_is_refused() =>
        Given.Agreement(WithParties).When(new SignAgreement(History.AgreementId, Hjoerring, new DateOnly(2024, 1, 5))).ThenRefused("not_a_party");

    [Fact]
    public void Signing_needs_two_parties() =>
        Given.Agreement(Drafted, AalborgAdded).When(new SignAgreement(History.AgreementId, Aalborg, new DateOnly(2024, 1, 5))).ThenRefused("too_few_parties");

    [Fact]
    public void Signing_in_the_future_is_refused() =>
        Given.Agreement(WithParties).When(new SignAgreement(History.AgreementId, Aalborg, new DateOnly(2025, 7, 1))).ThenRefused("date_in_future");

    [Fact]
    public void Extending_moves_the_end_date() =>
        Given.Agreement(Signed)
            .When(new ExtendAgreement(History.AgreementId, new DateOnly(2027, 12, 31)))
            .Then(new AgreementExtended(new DateOnly(2026, 12, 31), new DateOnly(2027, 12, 31)));

    [Fact]
    public void Extending_to_an_earlier_date_is_refused() =>
        Given.Agreement(Signed).When(new ExtendAgreement(History.AgreementId, new DateOnly(2026, 6, 30))).ThenRefused("extension_not_later");

    [Fact]
    public void Extending_an_unsigned_agreement_is_refused() =>
        Given.Agreement(WithParties).When(new ExtendAgreement(History.AgreementId, new DateOnly(2027, 12, 31))).ThenRefused("agreement_not_signed");

    [Fact]
    public void Terminating_records_who_and_from_when() =>
        Given.Agreement(Signed)
            .When(new TerminateAgreement(History.AgreementId, Aalborg, new DateOnly(2025, 12, 31)))
            .Then(new AgreementTerminated(Aalborg, new DateOnly(2025, 12, 31)));

    [Fact]
    public void Terminating_after_the_end_date_is_refused() =>
        Given.Agreement(Signed).When(new TerminateAgreement(History.AgreementId, Aalborg, new DateOnly(2027, 1, 1))).ThenRefused("termination_after_end");

    [Fact]
    public void Terminating_a_draft_is_refused() =>
        Given.Agreement(WithParties).When(new TerminateAgreement(History.AgreementId, Aalborg, new DateOnly(2025, 1, 1))).ThenRefused("agreement_not_signed");

    [Fact]
    public void Terminating_by_a_non_party_is_refused() =>
        Given.Agreement(Signed).When(new TerminateAgreement(History.AgreementId, Hjoerring, new DateOnly(2025, 12, 31))).ThenRefused("not_a_party");

    [Fact]
    public void Terminating_twice_is_refused()
    {
        var error = Given.Agreement([.. Signed, new AgreementTerminated(Aalborg, new DateOnly(2025, 12, 31))])
            .When(new TerminateAgreement(History.AgreementId, EnergyCluster, new DateOnly(2025, 9, 30)))
            .ThenRefused("agreement_terminated");
        Assert.Equal("'Grøn energi i Aalborg' er opsagt med virkning fra 31-12-2025.", error.Message);
        Assert.Null(error.Field);
    }

    [Fact]
    public void Expiring_after_the_period_records_the_end_date() =>
        Given.Agreement(Signed).On(new DateOnly(2027, 1, 2))
            .When(new ExpireAgreement(History.AgreementId))
            .Then(new AgreementExpired(new DateOnly(2026, 12, 31)));

    [Fact]
    public void Expiring_before_the_end_is_refused() =>
        Given.Agreement(Signed).On(new DateOnly(2026, 12, 31)).When(new ExpireAgreement(History.AgreementId)).ThenRefused("period_not_ended");

    [Fact]
    public void Expiring_twice_is_refused() =>
        Given.Agreement([.. Signed, new AgreementExpired(new DateOnly(2026, 12, 31))]).On(new DateOnly(2027, 2, 1))
            .When(new ExpireAgreement(History.AgreementId))
            .ThenRefused("agreement_expired");

    [Fact]
    public void Expiring_an_unsigned_agreement_is_refused() =>
        Given.Agreement(WithParties).On(new DateOnly(2027, 2, 1)).When(new ExpireAgreement(History.AgreementId)).ThenRefused("agreement_not_signed");
}
