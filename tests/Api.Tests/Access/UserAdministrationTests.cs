using AgreementTracker.Identity.Users;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Access;

/// <summary>The administrator places users: a new member of Aalborg Kommune then sees Aalborg's agreements and no others; bad input is named by its field and makes no account.</summary>
public sealed class UserAdministrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly TestUser Administrator = new("administrator", "Anders Administrator", Roles.Administrator);

    [Fact]
    public async Task An_administrator_makes_a_member_who_then_sees_their_organisations_agreements()
    {
        await using var host = await ServerHost.StartAsync(database);
        var aalborg = (await host.GraphQLAsync("""mutation { registerOrganisation(input: { name: "Aalborg Kommune", kind: MUNICIPALITY, cvrNumber: "29189420" }) { createdId } }"""))
            .ShouldSucceed().String("registerOrganisation.createdId");
        var (start, end) = (host.Today.AddDays(30).ToString("yyyy-MM-dd"), host.Today.AddYears(1).ToString("yyyy-MM-dd"));
        (await host.GraphQLAsync($$"""
            mutation { draftAgreement(input: { title: "Aalborgs aftale", kind: PROJECT_AGREEMENT, purpose: "Grøn omstilling", start: "{{start}}", end: "{{end}}",
              parties: [{ organisationId: "{{aalborg}}", role: CO_FINANCIER }] }) { createdId } }
            """)).ShouldSucceed();
        (await host.GraphQLAsync($$"""
            mutation { draftAgreement(input: { title: "En anden aftale", kind: PROJECT_AGREEMENT, purpose: "Noget andet", start: "{{start}}", end: "{{end}}" }) { createdId } }
            """)).ShouldSucceed();

        host.ActAs(Administrator);
        var created = (await host.GraphQLAsync($$"""
            mutation { createUser(input: { userName: "mette", displayName: "Mette Holm", password: "en-lang-nok-adgangskode", role: MEDLEM, organisationId: "{{aalborg}}" }) {
              user { userName role organisation { name } lockedOut } } }
            """)).ShouldSucceed();
        Assert.Equal("MEDLEM", created.String("createUser.user.role"));
        Assert.Equal("Aalborg Kommune", created.String("createUser.user.organisation.name"));

        host.ActAs(new TestUser("mette", "Mette Holm", Roles.Member));
        var seen = (await host.GraphQLAsync("{ agreements { nodes { title } } }")).ShouldSucceed();
        Assert.Equal("Aalborgs aftale", Assert.Single(seen.At("agreements.nodes").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""userName: "x", displayName: "Kort", password: "en-lang-nok-adgangskode", role: REVISOR""", "input.userName")]
    [InlineData("""userName: "jens", displayName: "Jens", password: "kort", role: REVISOR""", "input.password")]
    [InlineData("""userName: "jens", displayName: "Jens", password: "en-lang-nok-adgangskode", role: MEDLEM""", "input.organisationId")]
    public async Task Bad_input_is_named_by_its_field_and_makes_no_account(string input, string field)
    {
        await using var host = await ServerHost.StartAsync(database);
        host.ActAs(Administrator);
        var before = (await host.GraphQLAsync("{ users { id } }")).ShouldSucceed().At("users").GetArrayLength();

        var refused = await host.GraphQLAsync($"mutation {{ createUser(input: {{ {input} }}) {{ user {{ id }} }} }}");

        var error = Assert.Single(refused.Errors);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(before, (await host.GraphQLAsync("{ users { id } }")).ShouldSucceed().At("users").GetArrayLength());
    }
}
