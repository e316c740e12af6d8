using System.Globalization;
using System.Text.Json;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Api.Tests.Queries.AgreementQueryTests;

namespace AgreementTracker.Api.Tests.Queries;

/// <summary>
/// The filters the staff overview's attention lists are answered by: each returns exactly the agreements whose own
/// fields, read in full over the whole demo set, say they need that attention; false returns the others.
/// </summary>
public sealed class AttentionFilterTests(DemoQueryDatabase demo) : IClassFixture<DemoQueryDatabase>
{
    private const string Fields = """
        id status period { end }
        kpiHealth { atRisk offTrack }
        coFinancing { overdue }
        meetingCompliance { year shortfall }
        amendments { inEffect rejectedBy { id } }
        parties { organisation { id } }
        """;

    [Fact]
    public async Task Kpi_status_in_returns_the_agreements_with_a_KPI_at_risk_or_off_track()
    {
        await AssertFilterAsync("{ kpiStatusIn: [AT_RISK, OFF_TRACK] }",
            a => a.GetProperty("kpiHealth").GetProperty("atRisk").GetInt32() + a.GetProperty("kpiHealth").GetProperty("offTrack").GetInt32() > 0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Payment_overdue_returns_the_agreements_whose_ledger_has_an_overdue_amount(bool overdue)
    {
        await AssertFilterAsync($"{{ paymentOverdue: {Bool(overdue)} }}",
            a => a.GetProperty("coFinancing").GetProperty("overdue").GetDecimal() > 0 == overdue);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Meetings_behind_returns_the_agreements_short_of_their_cadence_in_the_current_year(bool behind)
    {
        await AssertFilterAsync($"{{ meetingsBehind: {Bool(behind)} }}",
            a => a.GetProperty("meetingCompliance").EnumerateArray()
                .Any(y => y.GetProperty("year").GetInt32() == demo.Today.Year && y.GetProperty("shortfall").GetInt32() > 0) == behind);
    }

    [Fact]
    public async Task Ends_on_or_before_returns_the_agreements_in_force_whose_period_ends_within_90_days()
    {
        var last = demo.Today.AddDays(90);

        await AssertFilterAsync($$"""{ status: IN_FORCE, endsOnOrBefore: "{{last:yyyy-MM-dd}}" }""",
            a => a.GetProperty("status").GetString() == "IN_FORCE"
                && DateOnly.ParseExact(a.GetProperty("period").GetProperty("end").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) <= last);
    }

    [Fact]
    public async Task Amendment_awaiting_acceptance_returns_the_agreements_with_an_amendment_neither_in_effect_nor_rejected()
    {
        var agreement = (await EveryAgreementAsync())[0];
        var proposer = agreement.GetProperty("parties")[0].GetProperty("organisation").GetProperty("id").GetString()!;
        await demo.AppendAsync(Guid.Parse(agreement.GetProperty("id").GetString()!), new AgreementAmendmentProposed(
            AmendmentId.From(Guid.NewGuid()), OrganisationId.From(Guid.Parse(proposer)), "Ny titel", new AmendedTerms(Title: "Venter på accept")));

        bool Awaiting(JsonElement a) => a.GetProperty("amendments").EnumerateArray()
            .Any(m => !m.GetProperty("inEffect").GetBoolean() && m.GetProperty("rejectedBy").ValueKind == JsonValueKind.Null);
        var matched = await AssertFilterAsync("{ amendmentAwaitingAcceptance: true }", Awaiting);
        await AssertFilterAsync("{ amendmentAwaitingAcceptance: false }", a => !Awaiting(a));

        Assert.Contains(agreement.GetProperty("id").GetString(), matched);
    }

    [Fact]
    public async Task An_empty_list_of_KPI_statuses_is_bad_user_input_naming_the_filter_in_Danish()
    {
        var result = await demo.QueryAsync("{ agreements(filter: { kpiStatusIn: [] }) { totalCount } }");

        var error = result.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("filter.kpiStatusIn", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.StartsWith("Vælg mindst én KPI-status", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_filtered_list_pages_with_a_total_of_every_match()
    {
        var all = await FilteredIdsAsync("{ paymentOverdue: false }");
        var first = Data(await demo.QueryAsync("{ agreements(first: 2, filter: { paymentOverdue: false }) { totalCount nodes { id } } }"))
            .GetProperty("agreements");

        Assert.Equal(all.Count, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(all.Take(2), first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
    }

    /// <summary>The filter's ids, in the list's order, are those of the agreements <paramref name="needsAttention"/> picks.</summary>
    private async Task<IReadOnlyList<string>> AssertFilterAsync(string filter, Func<JsonElement, bool> needsAttention)
    {
        var expected = (await EveryAgreementAsync()).Where(needsAttention).Select(a => a.GetProperty("id").GetString()!).ToList();

        var actual = await FilteredIdsAsync(filter);

        Assert.Equal(expected, actual);
        return actual;
    }

    private async Task<IReadOnlyList<JsonElement>> EveryAgreementAsync()
    {
        var agreements = Data(await demo.QueryAsync($"{{ agreements(first: 100) {{ totalCount nodes {{ {Fields} }} }} }}")).GetProperty("agreements");
        var nodes = agreements.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(agreements.GetProperty("totalCount").GetInt32(), nodes.Count);
        return nodes;
    }

    private async Task<IReadOnlyList<string>> FilteredIdsAsync(string filter) =>
        Data(await demo.QueryAsync($"{{ agreements(first: 100, filter: {filter}) {{ nodes {{ id }} }} }}"))
            .GetProperty("agreements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    private static string Bool(bool value) => value ? "true" : "false";
}
