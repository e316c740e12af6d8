using AgreementTracker.Api.Types;
using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels;
using Wolverine;

namespace AgreementTracker.Api.Mutations;

/// <summary>
/// Binds a mutation field to its command(s): read the input, handle the change for the caller, and answer with the
/// payload; refusals and conflicts become GraphQL errors. Each mutation then only says how its input maps to commands.
/// An id of the wrong kind of stream (an organisation's id as <c>agreementId</c>, or the reverse) is refused by the
/// command handler, which finds no state of its kind in a stream that has events, and answered as bad input naming the field.
/// </summary>
internal static class MutationRegistration
{
    public static SchemaBuilder AgreementMutation(this SchemaBuilder builder, string field, Func<MutationInput, Change<IAgreementCommand>> change) =>
        builder.AddResolverAsync("Mutation", field, ctx => MutationErrors.Translate(async () =>
        {
            var (input, request) = Read(ctx);
            var mapped = change(input);
            var result = await InvokeAsync<AgreementState>(
                ctx, new ChangeAgreement(mapped.Commands[0].AgreementId, mapped.Commands, request), mapped.InputPathOf,
                () => input.WrongKind("agreementId", "en organisations id, ikke en aftales"));
            var today = Today.On(ctx.GetService<TimeProvider>());
            return new AgreementPayload(new AgreementView(result.State, result.Version, today), mapped.CreatedId, AppendedBy(result), result.Repeated);
        }));

    public static SchemaBuilder OrganisationMutation(this SchemaBuilder builder, string field, Func<MutationInput, Change<IOrganisationCommand>> change) =>
        builder.AddResolverAsync("Mutation", field, ctx => MutationErrors.Translate(async () =>
        {
            var (input, request) = Read(ctx);
            var mapped = change(input);
            var result = await InvokeAsync<OrganisationState>(
                ctx, new ChangeOrganisation(mapped.Commands[0].OrganisationId, mapped.Commands, request), mapped.InputPathOf,
                () => input.WrongKind("organisationId", "en aftales id, ikke en organisations"));
            return new OrganisationPayload(result.State.Id, mapped.CreatedId, AppendedBy(result), result.Repeated);
        }));

    private static async Task<StreamChange<TState>> InvokeAsync<TState>(
        ResolveFieldContext ctx, object change, Func<int, string> inputPathOf, Func<GraphQLError> wrongKind)
    {
        try
        {
            return await ctx.GetService<IMessageBus>().InvokeAsync<StreamChange<TState>>(change, ctx.CancellationToken);
        }
        catch (CommandRefusedException refused) when (refused.Error.Field is not null)
        {
            throw MutationErrors.BadInput(refused.Error, inputPathOf(refused.CommandIndex));
        }
        catch (StreamOfAnotherKindException)
        {
            throw wrongKind();
        }
    }

    private static AppendedEvents AppendedBy<TState>(StreamChange<TState> change) =>
        new(change.StreamId, change.PreviousVersion + 1, change.Version);

    private static (MutationInput Input, CommandRequest Request) Read(ResolveFieldContext ctx)
    {
        var input = MutationInput.From(ctx, ApiCaller.Of(ctx));
        return (input, input.Request());
    }
}
