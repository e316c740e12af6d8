using AgreementTracker.Api.Audit;
using AgreementTracker.Api.Mutations;
using AgreementTracker.Api.Notifications;
using AgreementTracker.Api.Queries;
using AgreementTracker.Api.Schema;
using AgreementTracker.Api.Subscriptions;
using AgreementTracker.Api.TimeTravel;
using AgreementTracker.Api.Users;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api;

/// <summary>
/// The follow-up API: the SDL contract in <c>schema/graphql</c> bound to the read models (queries), the command
/// handlers (mutations) and the change feed (subscriptions). Resolvers take their services from the request.
/// </summary>
public static class FollowUpSchema
{
    public static GraphQL.Types.Schema Build()
    {
        var builder = new SchemaBuilder();
        foreach (var (_, text) in SchemaDefinitionFiles.All)
            builder.AddTypeDefinitions(text);
        return builder
            .AddScalar(new DateScalar())
            .AddScalar(new DateTimeScalar())
            .AddScalar(new DecimalScalar())
            .AddScalar(new ReportingPeriodScalar())
            .BindDomainEnums()
            .AddQueries()
            .AddTimeTravel()
            .AddIntegrityCheck()
            .AddHistoryExports()
            .AddNotifications()
            .AddMutations()
            .AddSubscriptions()
            .AddUsers()
            .AddViewer()
            .Build();
    }
}
