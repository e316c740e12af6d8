using AgreementTracker.ReadModels.Kept;
using Marten;
using Marten.Services;

namespace AgreementTracker.Server.EventSourcing;

/// <summary>
/// Tells the readers that keep what they read of this node's own commits as soon as they are made, so whoever made a
/// change sees it in their next read, before its announcement comes back from PostgreSQL (as other nodes hear it).
/// </summary>
public sealed class HearOwnCommits(HeardChanges heard) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var stream in commit.GetStreams())
            heard.Heard(stream.Id);
        return Task.CompletedTask;
    }
}
