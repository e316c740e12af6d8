using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

public static class MutationResolvers
{
    public static SchemaBuilder AddMutations(this SchemaBuilder builder) => builder;
}
