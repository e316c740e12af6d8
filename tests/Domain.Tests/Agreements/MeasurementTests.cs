using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class MeasurementTests
{
    private static RecordMeasurement Record(string period, decimal value = 12, MeasurementSource? source = null, OrganisationId? by = null) => new(
        History.AgreementId, UniqueCompaniesKpiId, ReportingPeriod.Parse(period), value, MeasurementQualifier.Measured,
        source ?? MeasurementSource.SecretariatCount(), by ?? EnergyCluster);

    private static CorrectMeasurement Correct(string period, decimal value) => new(
        History.AgreementId, UniqueCompaniesKpiId, ReportingPeriod.Parse(period), value, MeasurementQualifier.Measured,
        MeasurementSource.SecretariatCount(), EnergyCluster);

    [Fact]
    public void Recording_a_quarter() => Given.Agreement(SignedWithKpi).When(Record("2024-Q3")).Then(Measured("2024-Q3", 12));

    [Fact]
    public void A_survey_figure_keeps_its_number_of_respondents() =>
        Given.Agreement(SignedWithKpi)
            .When(Record("2025-Q1", source: MeasurementSource.Survey(48)))
            .Then(Measured("2025-Q1", 12) with { Source = MeasurementSource.Survey(48) });

    [Fact]
    public void A_survey_figure_without_respondents_is_refused() =>
        Given.Agreement(SignedWithKpi).When(Record("2025-Q1", source: new MeasurementSource(SourceKind.Survey))).ThenRefused("survey_without_respondents");

    [Fact]
    public void The_period_must_match_the_reporting_frequency()
    {
        var error = Given.Agreement(SignedWithKpi).When(Record("2024")).ThenRefused("period_frequency_mismatch");
        Assert.Equal("KPI'en 'Unikke virksomheder' indrapporteres kvartalsvis, så perioden skal skrives som fx 2024-Q3, ikke 2024.", error.Message);
        Assert.Equal("period", error.Field);
    }

    [Fact]
    public void A_period_that_has_not_begun_is_refused() =>
        Given.Agreement(SignedWithKpi).When(Record("2025-Q3")).ThenRefused("period_not_begun");

    [Fact]
    public void A_period_before_the_agreement_is_refused() =>
        Given.Agreement(SignedWithKpi).When(Record("2023-Q4")).ThenRefused("period_outside_agreement");

    [Fact]
    public void A_period_after_a_termination_is_refused() =>
        Given.Agreement([.. SignedWithKpi, new AgreementTerminated(Aalborg, new DateOnly(2025, 1, 1))])
            .When(Record("2025-Q1"))
            .ThenRefused("period_outside_agreement");

    [Fact]
    public void A_period_before_a_termination_can_still_be_reported() =>
        Given.Agreement([.. SignedWithKpi, new AgreementTerminated(Aalborg, new DateOnly(2025, 1, 1))])
            .When(Record("2024-Q4"))
            .Then(Measured("2024-Q4", 12));

    [Fact]
    public void A_second_figure_for_the_same_period_is_refused() =>
        Given.Agreement([.. SignedWithKpi, Measured("2024-Q3", 10)]).When(Record("2024-Q3")).ThenRefused("measurement_already_recorded");

    [Fact]
    public void Only_a_party_reports() => Given.Agreement(SignedWithKpi).When(Record("2024-Q3", by: Hjoerring)).ThenRefused("not_a_party");

    [Fact]
    public void Measurements_need_a_signed_agreement() =>
        Given.Agreement([.. WithParties, UniqueCompaniesKpi]).When(Record("2024-Q3")).ThenRefused("agreement_not_signed");

    [Fact]
    public void Measuring_an_unknown_kpi_is_refused() => Given.Agreement(Signed).When(Record("2024-Q3")).ThenRefused("kpi_not_found");

    [Fact]
    public void Correcting_adds_a_correction_beside_the_original() =>
        Given.Agreement([.. SignedWithKpi, Measured("2024-Q3", 10)])
            .When(Correct("2024-Q3", 14))
            .Then(new MeasurementCorrected(
                UniqueCompaniesKpiId, ReportingPeriod.Parse("2024-Q3"), 14, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), EnergyCluster));

    [Fact]
    public void Correcting_a_period_without_a_figure_is_refused()
    {
        var error = Given.Agreement(SignedWithKpi).When(Correct("2024-Q3", 14)).ThenRefused("no_measurement_to_correct");
        Assert.Equal("KPI'en 'Unikke virksomheder' har ingen måling for 3. kvartal 2024, der kan rettes.", error.Message);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused() =>
        Given.Agreement([.. SignedWithKpi, Measured("2024-Q3", 10)]).When(Correct("2024-Q3", 10)).ThenRefused("correction_changes_nothing");

    [Fact]
    public void Correcting_an_unknown_kpi_is_refused() => Given.Agreement(Signed).When(Correct("2024-Q3", 10)).ThenRefused("kpi_not_found");

    [Fact]
    public void Only_a_party_corrects() =>
        Given.Agreement([.. SignedWithKpi, Measured("2024-Q3", 10)])
            .When(Correct("2024-Q3", 11) with { ReportedBy = Hjoerring })
            .ThenRefused("not_a_party");

    [Fact]
    public void The_correction_counts_and_the_original_stays_in_the_history()
    {
        var kpi = Agreement.Fold(null, [
            .. SignedWithKpi,
            Measured("2024-Q3", 10),
            new MeasurementCorrected(UniqueCompaniesKpiId, ReportingPeriod.Parse("2024-Q3"), 14, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), EnergyCluster),
        ])!.Kpis.Single();

        Assert.Equal(14, kpi.CurrentFor(ReportingPeriod.Parse("2024-Q3"))!.Value);
        Assert.Equal([10m, 14m], kpi.History.Select(m => m.Value));
        Assert.Equal(1, kpi.RecordedCount);
    }
}
