using AgreementTracker.Api.Types;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Queries;

/// <summary><c>Query.node</c>: agreements and organisations share one id space (stream ids), so the id alone finds either.</summary>
internal static class NodeQuery
{
    public static SchemaBuilder AddNodeQuery(this SchemaBuilder builder) =>
        builder.AddResolverAsync("Query", "node", NodeAsync);

    private static async Task<object?> NodeAsync(ResolveFieldContext context)
    {
        var id = Arguments.Id(context, "id");
        var agreement = Loaders.AgreementAsync(context, id);
        var organisation = Loaders.OrganisationAsync(context, id);
        return (object?)await agreement ?? await organisation;
    }
}
