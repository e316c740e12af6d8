using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Common;

/// <summary>
/// The input rules every command obeys before the business rules (issue 11): each refusal names the field as the user
/// typed it, says in Danish what is allowed, echoes at most a short prefix, and yields no events; accepted text is NFC.
/// </summary>
public class InputRuleTests
{
    private static readonly MeetingId MeetingId = MeetingId.From(Guid.Parse("20000000-0000-0000-0000-000000000001"));
    private static readonly ActionItemId ActionItemId = ActionItemId.From(Guid.Parse("21000000-0000-0000-0000-000000000001"));
    private static readonly OrganisationId NewOrganisation = OrganisationId.From(Guid.Parse("0a000000-0000-0000-0000-000000000009"));
    private static readonly DateOnly HeldOn = new(2025, 6, 10);

    private static HoldMeeting Hold(string title = "Koordinationsmøde", string minutes = "Status.") => new(
        History.AgreementId, MeetingId, MeetingKind.Coordination, title, HeldOn, [new Attendee("Mette Sørensen", Aalborg)], minutes,
        ["Fælles arrangement i efteråret"], [new ActionItem(ActionItemId, "Udsende invitation", Aalborg, new DateOnly(2025, 8, 1))]);

    private static MeetingHeld Held(string title = "Koordinationsmøde", string minutes = "Status.") => new(
        MeetingId, MeetingKind.Coordination, title, HeldOn, [new Attendee("Mette Sørensen", Aalborg)], minutes,
        ["Fælles arrangement i efteråret"], [new ActionItem(ActionItemId, "Udsende invitation", Aalborg, new DateOnly(2025, 8, 1))]);

    private static DraftAgreement Draft() => new(
        History.AgreementId, "Grøn energi i Aalborg", AgreementKind.ProjectAgreement, "Flere SMV'er i grønne energiprojekter",
        Period, "Energi", [TargetGroup.InnovationActiveSmes], "Aalborg Kommune");

    [Fact]
    public void A_meeting_title_with_U0000_is_refused_naming_the_title()
    {
        var error = Given.Agreement(Signed).When(Hold(title: "Koordinations\u0000møde")).ThenRefused("text_control_character");

        Assert.Equal("title", error.Field);
        Assert.Equal("Mødets titel må ikke indeholde kontroltegn (U+0000 som tegn nr. 14); kun tekst på én linje er tilladt.", error.Message);
    }

    [Fact]
    public void A_2_MB_meeting_title_is_refused_with_its_length_and_a_short_prefix()
    {
        var error = Given.Agreement(Signed).When(Hold(title: new string('M', 2_000_000))).ThenRefused("text_too_long");

        Assert.Equal("title", error.Field);
        Assert.Equal("Mødets titel må højst være 200 tegn, men er 2.000.000 tegn (begynder med »MMMMMMMMMMMMMMMMMMMM…«).", error.Message);
    }

    [Fact]
    public void A_title_of_exactly_the_limit_is_accepted() =>
        Given.Agreement(Signed).When(Hold(title: new string('M', 200))).Then(Held(title: new string('M', 200)));

    [Fact]
    public void A_title_is_one_line() =>
        Assert.Equal("title", Given.Agreement(Signed).When(Hold(title: "Koordinations-\nmøde")).ThenRefused("text_control_character").Field);

    [Fact]
    public void Minutes_may_have_line_breaks_and_tabs_but_no_other_control_characters()
    {
        Given.Agreement(Signed).When(Hold(minutes: "Punkt 1:\tStatus.\r\nPunkt 2:\tEventuelt.")).Then(Held(minutes: "Punkt 1:\tStatus.\r\nPunkt 2:\tEventuelt."));

        var error = Given.Agreement(Signed).When(Hold(minutes: "Punkt 1:\u0007 Status.")).ThenRefused("text_control_character");
        Assert.Equal("minutes", error.Field);
        Assert.EndsWith("kun tekst, linjeskift og tabulatorer er tilladt.", error.Message);
    }

    [Fact]
    public void Minutes_are_bounded_too() =>
        Assert.Equal("minutes", Given.Agreement(Signed).When(Hold(minutes: new string('r', 20_001))).ThenRefused("text_too_long").Field);

    [Fact]
    public void Text_is_decided_and_stored_in_NFC() =>
        Given.Agreement(Signed).When(Hold(title: "Mo\u0308de i A\u030Arhus")).Then(Held(title: "Möde i Århus"));

    [Fact]
    public void A_lone_surrogate_is_refused() =>
        Assert.Equal("title", Given.Agreement(Signed).When(Hold(title: "Møde \uD800")).ThenRefused("text_invalid_unicode").Field);

    [Fact]
    public void A_field_in_a_list_is_named_by_its_path()
    {
        var attendees = new[] { new Attendee("Mette Sørensen", Aalborg), new Attendee("L" + new string('a', 200), EnergyCluster) };

        var error = Given.Agreement(Signed).When(Hold() with { Attendees = attendees }).ThenRefused("text_too_long");

        Assert.Equal("attendees[1].name", error.Field);
        Assert.StartsWith("Deltagerens navn må højst være 200 tegn, men er 201 tegn", error.Message);
    }

    [Fact]
    public void A_decision_and_an_action_item_are_named_by_their_paths()
    {
        Assert.Equal("decisions[1]", Given.Agreement(Signed).When(Hold() with { Decisions = ["Ja", "Nej\u0000"] }).ThenRefused("text_control_character").Field);
        var late = Hold() with { ActionItems = [new ActionItem(ActionItemId, "Opfølgning", Aalborg, new DateOnly(2101, 1, 1))] };
        Assert.Equal("actionItems[0].dueOn", Given.Agreement(Signed).When(late).ThenRefused("date_out_of_range").Field);
    }

    [Fact]
    public void Lists_are_bounded()
    {
        var crowd = Enumerable.Range(1, Input.MostAttendees + 1).Select(i => new Attendee($"Deltager {i}", Aalborg)).ToList();

        var error = Given.Agreement(Signed).When(Hold() with { Attendees = crowd }).ThenRefused("list_too_long");

        Assert.Equal("attendees", error.Field);
        Assert.Equal("Der må højst være 200 deltagere, men der er 201.", error.Message);
    }

    [Theory]
    [InlineData(1989, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(1, 1, 1)]
    public void Dates_outside_1990_to_2100_are_implausible(int year, int month, int day)
    {
        var error = Given.Agreement().When(Draft() with { Period = new DatePeriod(Period.Start, new DateOnly(year, month, day)) }).ThenRefused("date_out_of_range");

        Assert.Equal("end", error.Field);
        Assert.StartsWith("Aftalens slutdato skal ligge mellem 01-01-1990 og 31-12-2100", error.Message);
    }

    [Fact]
    public void The_edges_of_the_date_window_are_plausible() =>
        Given.Agreement().When(Draft() with { Period = new DatePeriod(Input.EarliestDate, Input.LatestDate) })
            .Then(Drafted with { Period = new DatePeriod(Input.EarliestDate, Input.LatestDate), TargetGroups = [TargetGroup.InnovationActiveSmes],
                Purpose = "Flere SMV'er i grønne energiprojekter" });

    [Fact]
    public void A_year_is_in_the_same_window() =>
        Assert.Equal("year", Given.Agreement(Signed).When(new CommitCoFinancing(History.AgreementId, AalborgCommitmentId, Aalborg, 1_000m, 2101, "Drift", ContributionForm.Cash))
            .ThenRefused("date_out_of_range").Field);

    [Theory]
    [InlineData("10000000000.01")]
    [InlineData("0.001")]
    [InlineData("-5")]
    public void An_amount_is_more_than_nothing_at_most_ten_billion_kroner_in_whole_oere(string amount)
    {
        var error = Given.Agreement(Signed)
            .When(new CommitCoFinancing(History.AgreementId, AalborgCommitmentId, Aalborg, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), 2025, "Drift", ContributionForm.Cash))
            .ThenRefused("invalid_amount");

        Assert.Equal("amount", error.Field);
        Assert.StartsWith("Beløbet skal være mellem 0,01 kr. og 10.000.000.000 kr. i hele øre", error.Message);
    }

    [Fact]
    public void Ten_billion_kroner_is_the_most() =>
        Given.Agreement(Signed)
            .When(new CommitCoFinancing(History.AgreementId, AalborgCommitmentId, Aalborg, 10_000_000_000m, 2025, "Drift", ContributionForm.Cash))
            .Then(new CoFinancingCommitted(AalborgCommitmentId, Aalborg, 10_000_000_000m, 2025, "Drift", ContributionForm.Cash));

    [Theory]
    [InlineData("1000000000000.5")]
    [InlineData("0.00001")]
    public void A_kpi_figure_is_within_a_trillion_with_at_most_four_decimals(string value)
    {
        var revise = new ReviseKpiTarget(History.AgreementId, UniqueCompaniesKpiId, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 31));

        Assert.Equal("newTarget", Given.Agreement(SignedWithKpi).When(revise).ThenRefused("invalid_figure").Field);
    }

    [Fact]
    public void A_count_of_people_cannot_be_negative_or_absurd()
    {
        var survey = new RecordMeasurement(History.AgreementId, UniqueCompaniesKpiId, ReportingPeriod.Parse("2025-Q1"), 10, MeasurementQualifier.Measured,
            MeasurementSource.Survey(2_000_000), EnergyCluster);

        Assert.Equal("source.respondents", Given.Agreement(SignedWithKpi).On(new DateOnly(2025, 6, 15)).When(survey).ThenRefused("invalid_count").Field);
    }

    [Fact]
    public void A_nested_input_is_named_by_its_path() =>
        Assert.Equal("changes.title", Given.Agreement(Signed)
            .When(new ProposeAmendment(History.AgreementId, AmendmentId.From(Guid.NewGuid()), Aalborg, "Ny titel", new AmendedTerms(Title: new string('T', 201))))
            .ThenRefused("text_too_long").Field);

    [Fact]
    public void The_id_of_something_new_cannot_be_the_nil_uuid() =>
        Assert.Equal("agreementId", Given.Agreement().When(Draft() with { AgreementId = Domain.Common.AgreementId.From(Guid.Empty) }).ThenRefused("invalid_id").Field);

    [Fact]
    public void A_value_outside_an_enum_is_refused() =>
        Assert.Equal("kind", Given.Agreement().When(Draft() with { Kind = (AgreementKind)42 }).ThenRefused("unknown_value").Field);

    [Fact]
    public void Input_rules_come_before_the_business_rules() =>
        Given.Agreement().When(Hold(title: new string('M', 201))).ThenRefused("text_too_long");

    [Fact]
    public void A_100_kB_organisation_name_is_refused()
    {
        var error = Given.Organisation().When(new RegisterOrganisation(NewOrganisation, new string('A', 100_000), OrganisationKind.Municipality, null)).ThenRefused("text_too_long");

        Assert.Equal("name", error.Field);
        Assert.Equal("Organisationens navn må højst være 200 tegn, men er 100.000 tegn (begynder med »AAAAAAAAAAAAAAAAAAAA…«).", error.Message);
    }

    [Fact]
    public void A_5_MB_cvr_number_is_refused_without_repeating_it()
    {
        var error = Given.Organisation().When(new RegisterOrganisation(NewOrganisation, "Aalborg Kommune", OrganisationKind.Municipality, new string('9', 5_000_000)))
            .ThenRefused("text_too_long");

        Assert.Equal("cvrNumber", error.Field);
        Assert.True(error.Message.Length < 150, error.Message);
    }

    [Fact]
    public void A_new_name_is_held_to_the_same_rules() =>
        Assert.Equal("newName", Given.Organisation(new OrganisationRegistered(NewOrganisation, "Aalborg Kommune", OrganisationKind.Municipality, null))
            .When(new RenameOrganisation(NewOrganisation, "Aalborg\u0000")).ThenRefused("text_control_character").Field);

    [Fact]
    public void An_echo_shows_control_characters_as_replacement_characters() =>
        Assert.Equal("Aal\uFFFDborg", Input.Echo("Aal\u0000borg"));

    [Fact]
    public void A_business_rule_refusal_about_one_field_names_it_as_the_input_rules_do() =>
        Assert.Equal("attendees", Given.Agreement(Signed).When(Hold() with { Attendees = [] }).ThenRefused("meeting_without_attendees").Field);
}
