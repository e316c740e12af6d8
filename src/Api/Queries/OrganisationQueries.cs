using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Pagination;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Organisations;

namespace AgreementTracker.Api.Queries;

/// <summary><c>Query.organisations</c> (by kind and name, paged) and <c>Query.organisation</c>.</summary>
internal static class OrganisationQueries
{
    public static SchemaBuilder AddOrganisationQueries(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "organisations", OrganisationsAsync)
        .AddResolverAsync("Query", "organisation", context => Loaders.OrganisationAsync(context, Arguments.Id(context, "id")));

    private static async Task<Connection<OrganisationEntry>> OrganisationsAsync(ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context);
        var page = await context.GetService<OrganisationReader>().SearchAsync(
            context.GetArgument<OrganisationKind?>("kind"),
            Arguments.SearchText(context.GetArgument<string?>("nameContains"), "nameContains", TextKind.Title, "Søgeteksten"),
            total => ConnectionBuilder.Window(arguments, total),
            context.CancellationToken);
        return ConnectionBuilder.FromWindow(page.Items, page.Offset, page.TotalCount);
    }
}
