using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Queries;

public static class QueryResolvers
{
    public static SchemaBuilder AddQueries(this SchemaBuilder builder) => builder;
}
