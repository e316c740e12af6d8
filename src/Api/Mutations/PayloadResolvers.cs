using AgreementTracker.Api.Audit;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Organisations;

namespace AgreementTracker.Api.Mutations;

/// <summary>What a payload shows besides the agreement: the appended events as audit entries, and the organisation as the directory now has it.</summary>
internal static class PayloadResolvers
{
    public static SchemaBuilder AddPayloads(this SchemaBuilder builder) => builder
        .AddResolverAsync("AgreementPayload", "events", ctx =>
            ctx.GetService<AuditTrail>().EntriesAsync(((AgreementPayload)ctx.Source!).Events, ctx.CancellationToken))
        .AddResolverAsync("OrganisationPayload", "events", ctx =>
            ctx.GetService<AuditTrail>().EntriesAsync(((OrganisationPayload)ctx.Source!).Events, ctx.CancellationToken))
        .AddResolverAsync("OrganisationPayload", "organisation", ctx =>
            ctx.GetService<OrganisationReader>().LoadAsync(((OrganisationPayload)ctx.Source!).OrganisationId.Value, ctx.CancellationToken));
}
