using AgreementTracker.Api.Types;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Queries;

/// <summary>
/// The query side: root fields over the read models (<c>AgreementReader</c>, <c>OrganisationReader</c>,
/// <c>PortfolioReader</c>, <c>TimelineReader</c> and a <c>TimeProvider</c> from the request's services) and the
/// object types they return. <c>agreementAsOf</c>, <c>agreementChanges</c> and <c>verifyHistory</c> replay the
/// event store and are bound with the command side.
/// </summary>
public static class QueryResolvers
{
    public static SchemaBuilder AddQueries(this SchemaBuilder builder) => builder
        .AddAgreementQueries()
        .AddOrganisationQueries()
        .AddTimelineQueries()
        .AddNodeQuery()
        .AddObjectTypes();
}
