using AgreementTracker.Agreements.Access;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Persistence;
using Wolverine.Persistence.EventSourcing;

namespace AgreementTracker.Agreements.Changes;

/// <summary>One change to an organisation: one or more of the domain's commands for it, decided in turn and appended as one.</summary>
public sealed record ChangeOrganisation(OrganisationId OrganisationId, IReadOnlyList<IOrganisationCommand> Commands, CommandRequest Request);

/// <summary>As <see cref="ChangeAgreementHandler"/>, for an organisation's stream.</summary>
// Only ever invoked: the caller gets any failure as an exception and reports it (a refusal is the user's answer; the
// API logs an unexpected error with its reference), so Wolverine need not log each one again at Error.
[WolverineLogging(successLogLevel: LogLevel.Debug, FailureLogLevel = LogLevel.Debug)]
public static class ChangeOrganisationHandler
{
    public static Task<CommandContext> LoadAsync(
        ChangeOrganisation change, IDocumentSession session, OrganisationReader organisations, TimeProvider clock, CancellationToken ct) =>
        ChangeContext.OpenAsync(session, change.Request, organisations, clock, ct);

    public static Task<EarlierAnswer<OrganisationState>> BeforeAsync(
        ChangeOrganisation change, IEventStream<OrganisationState> stream, IDocumentSession session, CancellationToken ct) =>
        EarlierAnswer<OrganisationState>.FindAsync(session, change.OrganisationId.Value, change.Request, ct);

    public static (EventsToAppend, IStorageAction<CommandReceipt>, StreamChange<OrganisationState>) Handle(
        ChangeOrganisation change,
        [WriteModel(nameof(ChangeOrganisation.OrganisationId), Required = false)] IEventStream<OrganisationState> stream,
        CommandContext context,
        EarlierAnswer<OrganisationState> earlier,
        IDocumentSession session)
    {
        if (earlier.Change is { } answer)
            return ([], Storage.Nothing<CommandReceipt>(), answer);
        var decided = StreamDecision<OrganisationState>.Make(stream, change.Commands, change.Request, context, session, Organisation.Decide, Organisation.Evolve,
            (_, command) => ChangeAccess.Check(change.Request.Access, command));
        return (new EventsToAppend(decided.Events), decided.Receipt, decided.Answer);
    }
}
