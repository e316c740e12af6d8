using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Paging;
using AgreementTracker.ReadModels.Tests.Support;

namespace AgreementTracker.ReadModels.Tests;

[Collection(DemoDatabaseCollection.Name)]
public sealed class AgreementReaderTests(DemoDatabase demo)
{
    private static readonly DateOnly Today = DemoDatabase.Today;
    private static readonly PageWindow Everything = total => (0, total);

    private AgreementReader Reader => new(demo.DataSource);

    public static TheoryData<string> Filters => new(FilterCases.Keys);

    private static readonly Dictionary<string, (AgreementFilter Filter, Func<AgreementState, bool> Expected)> FilterCases = new()
    {
        ["party"] = (new AgreementFilter(PartyId: AalborgKommune.Value), a => a.Party(AalborgKommune) is not null),
        ["kind"] = (new AgreementFilter(Kind: AgreementKind.FrameworkAgreement), a => a.Kind == AgreementKind.FrameworkAgreement),
        ["status"] = (new AgreementFilter(Status: StatusOfFirst), a => a.StatusOn(Today) == StatusOfFirst),
        ["strength area, any case"] = (new AgreementFilter(StrengthArea: StrengthAreaOfFirst.ToUpperInvariant()), a => a.StrengthArea == StrengthAreaOfFirst),
        ["kpi status"] = (new AgreementFilter(KpiStatus: KpiStatus.OffTrack), a => KpiFulfilment.AssessAll(a, Today).Any(k => k.Status == KpiStatus.OffTrack)),
        ["title contains, any case"] = (new AgreementFilter(TitleContains: "KLYNGE"), a => a.Title.Contains("klynge", StringComparison.OrdinalIgnoreCase)),
        ["party and status"] = (new AgreementFilter(PartyId: AalborgKommune.Value, Status: StatusOfFirst),
            a => a.Party(AalborgKommune) is not null && a.StatusOn(Today) == StatusOfFirst),
    };

    private static Domain.Common.OrganisationId AalborgKommune =>
        DemoStates.Agreements.SelectMany(a => a.Parties).GroupBy(p => p.Organisation).OrderByDescending(g => g.Count()).First().Key;

    private static string StrengthAreaOfFirst => DemoStates.Agreements[0].StrengthArea;

    /// <summary>In force while the demo agreements run, expired once today is past them; Aalborg Kommune is a party to it.</summary>
    private static AgreementStatus StatusOfFirst => DemoStates.Agreements[0].StatusOn(Today);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_finds_exactly_the_agreements_it_describes(string name)
    {
        var (filter, expected) = FilterCases[name];

        var page = await Reader.SearchAsync(filter, [], Everything);

        var want = DemoStates.Agreements.Where(expected).Select(a => a.Id.Value).Order().ToList();
        Assert.NotEmpty(want);
        Assert.Equal(want, page.Items.Select(s => s.State.Id.Value).Order());
        Assert.Equal(want.Count, page.TotalCount);
    }

    [Fact]
    public async Task Sorting_by_start_end_and_status_orders_the_rows_and_breaks_ties_by_id()
    {
        var byStart = await Reader.SearchAsync(new AgreementFilter(), [new AgreementSort(AgreementSortField.Start)], Everything);
        Assert.Equal(
            DemoStates.Agreements.OrderBy(a => a.Period.Start).ThenBy(a => a.Id.Value.ToString()).Select(a => a.Id),
            byStart.Items.Select(s => s.State.Id));

        var byEndDescending = await Reader.SearchAsync(new AgreementFilter(), [new AgreementSort(AgreementSortField.End, Descending: true)], Everything);
        Assert.Equal(
            DemoStates.Agreements.OrderByDescending(a => a.Period.End).ThenBy(a => a.Id.Value.ToString()).Select(a => a.Id),
            byEndDescending.Items.Select(s => s.State.Id));

        var byStatus = await Reader.SearchAsync(new AgreementFilter(), [new AgreementSort(AgreementSortField.Status), new AgreementSort(AgreementSortField.Title)], Everything);
        var statuses = byStatus.Items.Select(s => s.State.StatusOn(Today)).ToList();
        Assert.Equal(statuses.Order(), statuses);
    }

    [Fact]
    public async Task Title_order_descending_is_ascending_reversed()
    {
        var ascending = await Reader.SearchAsync(new AgreementFilter(), [new AgreementSort(AgreementSortField.Title)], Everything);
        var descending = await Reader.SearchAsync(new AgreementFilter(), [new AgreementSort(AgreementSortField.Title, Descending: true)], Everything);

        Assert.Equal(13, ascending.TotalCount);
        Assert.Equal(ascending.Items.Select(s => s.State.Id).Reverse(), descending.Items.Select(s => s.State.Id));
    }

    [Fact]
    public async Task Pages_of_five_cover_every_agreement_once_in_order_with_the_total()
    {
        var order = new[] { new AgreementSort(AgreementSortField.Title) };
        var all = await Reader.SearchAsync(new AgreementFilter(), order, Everything);

        var pages = new List<Page<AgreementSnapshot>>();
        for (var offset = 0; offset < all.TotalCount; offset += 5)
        {
            var start = offset;
            pages.Add(await Reader.SearchAsync(new AgreementFilter(), order, total => (start, Math.Min(5, total - start))));
        }

        Assert.Equal([5, 5, 3], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(13, p.TotalCount));
        Assert.Equal(all.Items.Select(s => s.State.Id), pages.SelectMany(p => p.Items).Select(s => s.State.Id));
    }

    [Fact]
    public async Task Loading_many_agreements_by_id_returns_those_that_exist()
    {
        var ids = DemoStates.Agreements.Take(3).Select(a => a.Id.Value).Append(Guid.NewGuid()).ToList();

        var loaded = await Reader.LoadManyAsync(ids);

        Assert.Equal(ids.Take(3).Order(), loaded.Keys.Order());
        Assert.All(loaded, pair => Assert.Equal(pair.Key, pair.Value.State.Id.Value));
        Assert.Null(await Reader.LoadAsync(ids[^1]));
    }
}
