using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Formatting;
using AgreementTracker.Domain.Organisations;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Common;

public class HistoryTextTests
{
    [Fact]
    public void Every_event_in_the_demo_data_reads_as_a_danish_sentence()
    {
        var streams = DemoDataGenerator.NorthJutland().ToList();
        var names = new Dictionary<OrganisationId, string>();
        foreach (var stream in streams.Where(s => s.Kind == StreamKind.Organisation))
        {
            var state = Organisation.Fold(null, stream.Events.Select(e => e.Data))!;
            names[state.Id] = state.Name;
            Assert.All(stream.Events, e => Assert.EndsWith(".", OrganisationHistoryText.Describe(e.Data, names.GetValueOrDefault)));
        }

        foreach (var stream in streams.Where(s => s.Kind == StreamKind.Agreement))
        {
            AgreementState? before = null;
            foreach (var recorded in stream.Events)
            {
                var text = AgreementHistoryText.Describe(before, recorded.Data, names.GetValueOrDefault);
                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.DoesNotContain("organisation ", text);
                before = Agreement.Evolve(before, recorded.Data);
            }
        }
    }

    [Fact]
    public void Signatures_payments_and_corrections_read_as_users_say_them()
    {
        var before = Agreement.Fold(null, [.. SignedWithKpi, Measured("2024-Q3", 10), AalborgCommitted, AalborgInvoiced])!;
        string Describe(object e) => AgreementHistoryText.Describe(before, e, NameOf);

        Assert.Equal("Aalborg Kommune underskrev aftalen 01-12-2023.", Describe(AalborgSigned));
        Assert.Equal("Aalborg Kommune betalte 50.000 kr. for 2025 den 20-03-2025.",
            Describe(new CoFinancingPaid(AalborgCommitmentId, AalborgInvoiceId, 50_000m, new DateOnly(2025, 3, 20))));
        Assert.Equal("Energy Cluster Denmark rettede KPI 'Unikke virksomheder' for 3. kvartal 2024 fra 10 til 14 virksomheder.",
            Describe(new MeasurementCorrected(UniqueCompaniesKpiId, ReportingPeriod.Parse("2024-Q3"), 14, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), EnergyCluster)));
    }

    [Fact]
    public void A_merge_names_the_organisation_it_went_into() =>
        Assert.Equal("Organisationen indgik i Energy Cluster Denmark 01-01-2020.",
            OrganisationHistoryText.Describe(new OrganisationMerged(EnergyCluster, new DateOnly(2020, 1, 1)), NameOf));
}
