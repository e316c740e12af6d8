using AgreementTracker.Api.Types;
using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Organisations;
using Wolverine;

namespace AgreementTracker.Api.Mutations;

/// <summary>
/// Binds a mutation field to its command(s): read the input, handle the change for the caller, and answer with the
/// payload; refusals and conflicts become GraphQL errors. Each mutation then only says how its input maps to commands.
/// An id of the wrong kind of stream (an organisation's id as <c>agreementId</c>, or the reverse) is refused before the
/// stream is read, since the command handler would fold the other kind's events.
/// </summary>
internal static class MutationRegistration
{
    public static SchemaBuilder AgreementMutation(this SchemaBuilder builder, string field, Func<MutationInput, Change<IAgreementCommand>> change) =>
        builder.AddResolverAsync("Mutation", field, ctx => MutationErrors.Translate(async () =>
        {
            var (input, request) = Read(ctx);
            var mapped = change(input);
            if (await ctx.GetService<OrganisationReader>().LoadAsync(mapped.Commands[0].AgreementId.Value, ctx.CancellationToken) is not null)
                throw input.WrongKind("agreementId", "en organisations id, ikke en aftales");
            var result = await ctx.GetService<IMessageBus>().InvokeAsync<StreamChange<AgreementState>>(
                new ChangeAgreement(mapped.Commands[0].AgreementId, mapped.Commands, request), ctx.CancellationToken);
            var today = Today.On(ctx.GetService<TimeProvider>());
            return new AgreementPayload(new AgreementView(result.State, result.Version, today), mapped.CreatedId, AppendedBy(result), result.Repeated);
        }));

    public static SchemaBuilder OrganisationMutation(this SchemaBuilder builder, string field, Func<MutationInput, Change<IOrganisationCommand>> change) =>
        builder.AddResolverAsync("Mutation", field, ctx => MutationErrors.Translate(async () =>
        {
            var (input, request) = Read(ctx);
            var mapped = change(input);
            if (await ctx.GetService<AgreementReader>().LoadAsync(mapped.Commands[0].OrganisationId.Value, ctx.CancellationToken) is not null)
                throw input.WrongKind("organisationId", "en aftales id, ikke en organisations");
            var result = await ctx.GetService<IMessageBus>().InvokeAsync<StreamChange<OrganisationState>>(
                new ChangeOrganisation(mapped.Commands[0].OrganisationId, mapped.Commands, request), ctx.CancellationToken);
            return new OrganisationPayload(result.State.Id, mapped.CreatedId, AppendedBy(result), result.Repeated);
        }));

    private static AppendedEvents AppendedBy<TState>(StreamChange<TState> change) =>
        new(change.StreamId, change.PreviousVersion + 1, change.Version);

    private static (MutationInput Input, CommandRequest Request) Read(ResolveFieldContext ctx)
    {
        var input = MutationInput.From(ctx, MutationErrors.CallerOf(ctx.UserContext));
        return (input, input.Request());
    }
}
