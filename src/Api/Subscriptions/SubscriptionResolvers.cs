using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Subscriptions;

public static class SubscriptionResolvers
{
    public static SchemaBuilder AddSubscriptions(this SchemaBuilder builder) => builder;
}
