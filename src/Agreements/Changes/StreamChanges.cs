using System.Data.Common;
using System.Text.Json;
using Marten;
using Marten.Storage;
using Weasel.Core;
using IStorageOperation = Weasel.Storage.IStorageOperation;
using IStorageSession = Weasel.Storage.IStorageSession;

namespace AgreementTracker.Agreements.Changes;

/// <summary>A stream moved from one version to another: what subscribers on any node hear after a command commits.</summary>
public sealed record StreamChanged(Guid StreamId, long FromVersion, long ToVersion);

/// <summary>
/// Announces committed changes on a PostgreSQL channel, so every server node (not only the one that took the command)
/// can push them to its subscribers. Queued in the command's own transaction: PostgreSQL delivers it at commit and
/// drops it on a rollback. Only ids travel; listeners read what they need.
/// </summary>
public static class StreamChanges
{
    public const string Channel = "agreementtracker_stream_changes";

    public static void Announce(IDocumentSession session, StreamChanged change) =>
        session.QueueOperation(new Announcement(JsonSerializer.Serialize(change)));

    /// <summary>
    /// <c>pg_notify</c> in the session's batch. Not Marten's <c>QueueSqlCommand</c>: that declares its statement returns no
    /// result set, and this one returns a row, which Marten would then read as the next operation's result.
    /// </summary>
    private sealed class Announcement(string payload) : IStorageOperation
    {
        public Type DocumentType => typeof(StorageFeatures);

        public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
        {
            builder.Append("SELECT pg_notify(");
            builder.AppendParameter(Channel);
            builder.Append(", ");
            builder.AppendParameter(payload);
            builder.Append(")");
        }

        public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;

        public OperationRole Role() => OperationRole.Other;
    }

    public static StreamChanged? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<StreamChanged>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
