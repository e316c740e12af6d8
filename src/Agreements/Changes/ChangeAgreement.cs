using AgreementTracker.Agreements.Access;
using AgreementTracker.Deadlines;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Persistence;
using Wolverine.Persistence.EventSourcing;

namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// One change to an agreement: one or more of the domain's commands for it, decided in turn and appended as one.
/// Only ever invoked (<c>IMessageBus.InvokeAsync&lt;StreamChange&lt;AgreementState&gt;&gt;</c>), never queued.
/// </summary>
public sealed record ChangeAgreement(AgreementId AgreementId, IReadOnlyList<IAgreementCommand> Commands, CommandRequest Request);

/// <summary>
/// Wolverine's aggregate handler workflow around the domain's decision: the stream is fetched for writing, and the
/// events, the deadlines they add, the idempotency receipt and the stream-change announcement commit together or not at all. A competing
/// append makes the commit fail and the whole handler run again against the new state (see <see cref="ChangePolicies"/>).
/// </summary>
// Only ever invoked: the caller gets any failure as an exception and reports it (a refusal is the user's answer; the
// API logs an unexpected error with its reference), so Wolverine need not log each one again at Error.
[WolverineLogging(successLogLevel: LogLevel.Debug, FailureLogLevel = LogLevel.Debug)]
public static class ChangeAgreementHandler
{
    public static Task<CommandContext> LoadAsync(
        ChangeAgreement change, IDocumentSession session, OrganisationReader organisations, TimeProvider clock, CancellationToken ct) =>
        ChangeContext.OpenAsync(session, change.Request, organisations, clock, ct);

    public static Task<EarlierAnswer<AgreementState>> BeforeAsync(
        ChangeAgreement change, IEventStream<AgreementState> stream, IDocumentSession session, CancellationToken ct) =>
        EarlierAnswer<AgreementState>.FindAsync(session, change.AgreementId.Value, change.Request, ct);

    public static (EventsToAppend, OutgoingMessages, IStorageAction<CommandReceipt>, StreamChange<AgreementState>) Handle(
        ChangeAgreement change,
        [WriteModel(nameof(ChangeAgreement.AgreementId), Required = false)] IEventStream<AgreementState> stream,
        CommandContext context,
        EarlierAnswer<AgreementState> earlier,
        IDocumentSession session)
    {
        if (earlier.Change is { } answer)
            return ([], [], Storage.Nothing<CommandReceipt>(), answer);
        var decided = StreamDecision<AgreementState>.Make(stream, change.Commands, change.Request, context, session, Agreement.Decide, Agreement.Evolve,
            (state, command) => ChangeAccess.Check(change.Request.Access, state, command));
        return (new EventsToAppend(decided.Events),
            decided.Events.Count == 0 ? [] : DeadlineSchedule.For(stream.Aggregate, decided.Answer.State, context.Today),
            decided.Receipt,
            decided.Answer);
    }
}
