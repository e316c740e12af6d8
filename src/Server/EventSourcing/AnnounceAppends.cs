using AgreementTracker.Agreements.Changes;
using AgreementTracker.ReadModels.Kept;
using Marten;

namespace AgreementTracker.Server.EventSourcing;

/// <summary>
/// Every session that appends events (a command, a deadline, the demo import) announces the streams on
/// <see cref="ReadModelChanges.Channel"/> in its own transaction, so every node forgets what it kept of them.
/// </summary>
public sealed class AnnounceAppends : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var streams = session.PendingChanges.Streams().Where(s => s.Events.Count > 0).Select(s => s.Id).Distinct().ToList();
        if (streams.Count > 0)
            session.QueueOperation(new Notification(ReadModelChanges.Channel, ReadModelChanges.Payload(streams)));
        return Task.CompletedTask;
    }
}
