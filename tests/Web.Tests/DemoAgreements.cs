using AgreementTracker.TestSupport;

namespace AgreementTracker.Web.Tests;

/// <summary>What the tests look up in the demo data through the API, so that they name no id and no date of their own.</summary>
internal static class DemoAgreements
{
    public sealed record Agreement(string Id, string Title);

    /// <summary>An agreement in force today that the organisation is party to.</summary>
    public static async Task<Agreement> InForceWithAsync(ServerProcess server, string organisationName)
    {
        var organisation = (await server.GraphQLAsync("query($name: String!) { organisations(nameContains: $name) { nodes { id name } } }", new { name = organisationName }))
            .ShouldSucceed().At("organisations.nodes").EnumerateArray().First(o => o.GetProperty("name").GetString() == organisationName).GetProperty("id").GetString()!;
        var agreement = (await server.GraphQLAsync("query($id: ID!) { agreements(filter: { partyId: $id, status: IN_FORCE }, first: 1) { nodes { id title } } }", new { id = organisation }))
            .ShouldSucceed().At("agreements.nodes").EnumerateArray().First();
        return new Agreement(agreement.GetProperty("id").GetString()!, agreement.GetProperty("title").GetString()!);
    }
}
