using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Mutations;

/// <summary>The failure paths of the command side over HTTP: each refusal names the problem and writes nothing.</summary>
public sealed class MutationFailureTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Register = """
        mutation($name: String!, $key: String) {
          registerOrganisation(input: { name: $name, kind: MUNICIPALITY, idempotencyKey: $key }) { createdId repeated }
        }
        """;

    private const string Draft = """
        mutation($party: ID!, $key: String, $start: Date!, $end: Date!) {
          draftAgreement(input: {
            title: "Grøn omstilling", kind: PROJECT_AGREEMENT, purpose: "Flere grønne virksomheder",
            start: $start, end: $end, parties: [{ organisationId: $party, role: PARTNER }], idempotencyKey: $key
          }) { createdId repeated agreement { version } }
        }
        """;

    private const string AddParty = """
        mutation($agreement: ID!, $party: ID!, $expected: Int) {
          addParty(input: { agreementId: $agreement, organisationId: $party, role: CO_FINANCIER, expectedVersion: $expected }) { agreement { version } }
        }
        """;

    [Fact]
    public async Task A_domain_refusal_about_a_field_comes_back_as_bad_input_with_its_rule_field_and_message_and_writes_nothing()
    {
        await using var host = await ServerHost.StartAsync(database);
        var aalborg = await RegisterAsync(host, "Aalborg Kommune");
        var agreement = (await DraftAsync(host, aalborg)).ShouldSucceed().String("draftAgreement.createdId");
        var before = await StoredEvents.CountAsync(host);

        var response = await host.GraphQLAsync(AddParty, new { agreement, party = aalborg });

        var (code, message) = response.Refusal();
        var extensions = response.Errors[0].GetProperty("extensions");
        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Equal("already_a_party", extensions.GetProperty("rule").GetString());
        Assert.Equal("input.organisationId", extensions.GetProperty("field").GetString());
        Assert.Equal("Aalborg Kommune er allerede part i 'Grøn omstilling'.", message);
        Assert.Equal(before, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task An_id_that_is_not_an_id_is_bad_user_input_naming_the_field()
    {
        await using var host = await ServerHost.StartAsync(database);
        var before = await StoredEvents.CountAsync(host);

        var (code, message) = (await host.GraphQLAsync(AddParty, new { agreement = "aftale-1", party = Guid.NewGuid() })).Refusal();

        Assert.Equal("BAD_USER_INPUT", code);
        Assert.StartsWith("input.agreementId \"aftale-1\" is not an id", message);
        Assert.Equal(before, await StoredEvents.CountAsync(host));
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_concurrency_conflict()
    {
        await using var host = await ServerHost.StartAsync(database);
        var aalborg = await RegisterAsync(host, "Aalborg Kommune");
        var cluster = await RegisterAsync(host, "Energy Cluster Denmark");
        var agreement = (await DraftAsync(host, aalborg)).ShouldSucceed().String("draftAgreement.createdId");

        var response = await host.GraphQLAsync(AddParty, new { agreement, party = cluster, expected = 1 });

        Assert.Equal("CONCURRENCY_CONFLICT", response.Refusal().Code);
        Assert.Equal(2, response.Errors[0].GetProperty("extensions").GetProperty("actualVersion").GetInt32());
    }

    [Fact]
    public async Task Concurrent_writers_without_an_expected_version_all_get_their_change_and_each_gets_its_own_version()
    {
        await using var host = await ServerHost.StartAsync(database);
        var aalborg = await RegisterAsync(host, "Aalborg Kommune");
        var agreement = (await DraftAsync(host, aalborg)).ShouldSucceed().String("draftAgreement.createdId");

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(day => host.GraphQLAsync("""
            mutation($agreement: ID!, $date: Date!) { scheduleMeeting(input: { agreementId: $agreement, title: "Statusmøde", date: $date }) { agreement { version } } }
            """, new { agreement, date = host.Today.AddMonths(1).AddDays(day - 1) })));

        Assert.All(responses, r => r.ShouldSucceed());
        Assert.Equal(Enumerable.Range(3, 6), responses.Select(r => r.At("scheduleMeeting.agreement.version").GetInt32()).Order());
    }

    [Fact]
    public async Task A_repeated_idempotency_key_returns_the_first_result_and_writes_nothing()
    {
        await using var host = await ServerHost.StartAsync(database);
        var aalborg = await RegisterAsync(host, "Aalborg Kommune");

        var first = (await DraftAsync(host, aalborg, key: "draft-1")).ShouldSucceed();
        var before = await StoredEvents.CountAsync(host);
        var again = (await DraftAsync(host, aalborg, key: "draft-1")).ShouldSucceed();

        Assert.Equal(first.String("draftAgreement.createdId"), again.String("draftAgreement.createdId"));
        Assert.False(first.At("draftAgreement.repeated").GetBoolean());
        Assert.True(again.At("draftAgreement.repeated").GetBoolean());
        Assert.Equal(2, again.At("draftAgreement.agreement.version").GetInt32());
        Assert.Equal(before, await StoredEvents.CountAsync(host));
    }

    private static async Task<string> RegisterAsync(ServerHost host, string name) =>
        (await host.GraphQLAsync(Register, new { name })).ShouldSucceed().String("registerOrganisation.createdId")!;

    /// <summary>Drafts an agreement for this year and the next.</summary>
    private static Task<GraphQLResponse> DraftAsync(ServerHost host, string party, string? key = null) =>
        host.GraphQLAsync(Draft, new { party, key, start = new DateOnly(host.Today.Year, 1, 1), end = new DateOnly(host.Today.Year + 1, 12, 31) });
}
