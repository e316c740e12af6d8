using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Domain.Tests.Support;

namespace AgreementTracker.Domain.Tests.DemoData;

public class DemoDataTests
{
    private static readonly IReadOnlyList<DemoStream> Dataset = DemoDataGenerator.NorthJutland().ToList();

    private static IEnumerable<DemoStream> AgreementStreams => Dataset.Where(s => s.Kind == StreamKind.Agreement);

    private static IEnumerable<AgreementState> Agreements => AgreementStreams.Select(s => Agreement.Fold(null, s.Events.Select(e => e.Data))!);

    private static IEnumerable<object> AllEvents => Dataset.SelectMany(s => s.Events).Select(e => e.Data);

    private static IReadOnlyList<string> Fingerprint(IEnumerable<DemoStream> streams) =>
        streams.SelectMany(s => s.Events.Select(e => $"{s.Id} {e.Actor} {e.Timestamp:O} {e.Reason} {EventJson.Describe(e.Data)}")).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_dataset() =>
        Assert.Equal(Fingerprint(Dataset), Fingerprint(DemoDataGenerator.NorthJutland()));

    [Fact]
    public void Another_seed_gives_other_ids() =>
        Assert.NotEqual(Dataset.Select(s => s.Id), DemoDataGenerator.NorthJutland(seed: 7).Select(s => s.Id));

    [Fact]
    public void It_names_the_north_jutland_actors_and_the_clusters()
    {
        var names = AllEvents.OfType<OrganisationRegistered>().Select(o => o.Name)
            .Concat(AllEvents.OfType<OrganisationRenamed>().Select(r => r.NewName)).ToHashSet();
        string[] expected =
        [
            "Business Region North Denmark", "Aalborg Kommune", "Brønderslev Kommune", "Frederikshavn Kommune", "Hjørring Kommune", "Jammerbugt Kommune",
            "Læsø Kommune", "Mariagerfjord Kommune", "Morsø Kommune", "Rebild Kommune", "Thisted Kommune", "Vesthimmerlands Kommune", "Region Nordjylland",
            "Erhvervshus Nordjylland", "Aalborg Universitet", "UCN", "Energy Cluster Denmark", "Green Hub Denmark", "Hydrogen Valley",
        ];
        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.Equal(11, AllEvents.OfType<OrganisationRegistered>().Count(o => o.Kind == OrganisationKind.Municipality));
    }

    [Fact]
    public void The_cluster_consolidation_shows_a_merge_and_a_rename()
    {
        Assert.Contains(AllEvents.OfType<OrganisationRenamed>(), r => r.NewName == "Food & Bio Cluster Denmark");
        Assert.NotEmpty(AllEvents.OfType<OrganisationMerged>());
    }

    [Fact]
    public void About_a_dozen_agreements_of_every_kind() =>
        Assert.Equal(Enum.GetValues<AgreementKind>().ToHashSet(), Agreements.Select(a => a.Kind).ToHashSet());

    [Fact]
    public void A_framework_agreement_holds_two_coordination_meetings_a_year_with_decisions_and_action_items()
    {
        var framework = Agreements.First(a => a.Kind == AgreementKind.FrameworkAgreement);
        Assert.Equal(2, framework.Cadence.Single().MeetingsPerYear);
        var held = framework.Meetings.Where(m => m.Progress == MeetingProgress.Held).ToList();
        Assert.True(held.Select(m => m.Date.Year).Distinct().Count() >= 4);
        Assert.All(held, m => Assert.NotEmpty(m.Decisions));
        Assert.Contains(held.SelectMany(m => m.ActionItems), item => item.CompletedOn is not null);
    }

    [Fact]
    public void A_project_agreement_has_kpis_and_co_financing_with_one_payment_overdue()
    {
        var overdue = Agreements.Where(a => CoFinancingLedger.ByPartyAndYear(a, DemoDataGenerator.AsOf).Any(l => l.Overdue > 0)).ToList();
        var project = Assert.Single(overdue);
        Assert.Equal(AgreementKind.ProjectAgreement, project.Kind);
        Assert.True(project.Kpis.Count >= 3);
    }

    [Fact]
    public void Measurements_include_estimates_and_a_correction()
    {
        Assert.Contains(AllEvents.OfType<MeasurementRecorded>(), m => m.Qualifier == MeasurementQualifier.Estimated);
        Assert.Contains(AllEvents.OfType<MeasurementRecorded>(), m => m.Qualifier == MeasurementQualifier.Minimum);
        Assert.Contains(AllEvents.OfType<MeasurementRecorded>(), m => m.Source.Kind == SourceKind.Survey);
        Assert.NotEmpty(AllEvents.OfType<MeasurementCorrected>());
    }

    [Fact]
    public void An_economic_partnership_ended_at_the_end_of_2023_and_was_not_renewed()
    {
        var stream = AgreementStreams.Single(s => s.Events[0].Data is AgreementDrafted { Kind: AgreementKind.EconomicPartnership });
        var expired = stream.Events.Single(e => e.Data is AgreementExpired);
        Assert.Equal(new DateOnly(2023, 12, 31), ((AgreementExpired)expired.Data).ExpiredOn);
        Assert.Contains("ikke at forny", expired.Reason);
        Assert.DoesNotContain(stream.Events, e => e.Data is AgreementExtended);
    }

    [Fact]
    public void Agreements_are_in_every_state_a_user_meets()
    {
        var statuses = Agreements.Select(a => a.StatusOn(DemoDataGenerator.AsOf)).ToHashSet();
        Assert.Contains(AgreementStatus.InForce, statuses);
        Assert.Contains(AgreementStatus.Expired, statuses);
        Assert.Contains(AgreementStatus.Terminated, statuses);
        Assert.Contains(AgreementStatus.Draft, statuses);
    }

    [Fact]
    public void Co_location_and_shared_employee_agreements_involve_the_hub_and_the_university()
    {
        var names = Dataset.Where(s => s.Kind == StreamKind.Organisation)
            .ToDictionary(s => s.Id, s => ((OrganisationRegistered)s.Events[0].Data).Name);
        var coLocation = Agreements.Single(a => a.Kind == AgreementKind.CoLocationAgreement);
        Assert.Contains(coLocation.Parties, p => names[p.Organisation.Value] == "Erhvervshus Nordjylland");
        var shared = Agreements.Single(a => a.Kind == AgreementKind.SharedEmployeeAgreement);
        var byParty = shared.Commitments.GroupBy(c => c.Party).Select(g => g.Sum(c => c.Amount)).ToList();
        Assert.Equal(2, byParty.Count);
        Assert.Equal(byParty[0], byParty[1]);
    }

    [Fact]
    public void Follow_up_shows_kpis_in_different_states()
    {
        var statuses = Agreements.SelectMany(a => KpiFulfilment.AssessAll(a, DemoDataGenerator.AsOf)).Select(k => k.Status).ToHashSet();
        Assert.Contains(KpiStatus.NotReported, statuses);
        Assert.True(statuses.Count >= 3, string.Join(", ", statuses));
    }

    [Fact]
    public void Every_event_has_an_actor_and_a_time_in_order_up_to_the_dataset_date()
    {
        foreach (var stream in Dataset)
        {
            Assert.All(stream.Events, e => Assert.False(string.IsNullOrWhiteSpace(e.Actor.Name)));
            Assert.All(stream.Events, e => Assert.True(DateOnly.FromDateTime(e.Timestamp.UtcDateTime) <= DemoDataGenerator.AsOf));
            Assert.Equal(stream.Events.Select(e => e.Timestamp).Order(), stream.Events.Select(e => e.Timestamp));
        }

        var years = AgreementStreams.SelectMany(s => s.Events).Select(e => e.Timestamp.Year).ToHashSet();
        Assert.All(Enumerable.Range(2021, 6), year => Assert.Contains(year, years));
    }

    [Fact]
    public void Larger_datasets_add_synthetic_agreements_that_the_domain_accepts()
    {
        var streams = DemoDataGenerator.Generate(60).Where(s => s.Kind == StreamKind.Agreement).ToList();
        Assert.Equal(60, streams.Count);
        Assert.All(streams, s => Assert.NotNull(Agreement.Fold(null, s.Events.Select(e => e.Data))));
    }

    [Fact]
    public void Streams_are_produced_lazily() =>
        Assert.Equal(50, DemoDataGenerator.Generate(1_000_000).Take(50).Count());
}
