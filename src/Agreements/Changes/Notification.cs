using System.Data.Common;
using Marten.Storage;
using Weasel.Core;
using IStorageOperation = Weasel.Storage.IStorageOperation;
using IStorageSession = Weasel.Storage.IStorageSession;

namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// <c>pg_notify</c> in a session's batch: PostgreSQL delivers it at commit and drops it on a rollback. Not Marten's
/// <c>QueueSqlCommand</c>: that declares its statement returns no result set, and this one returns a row, which Marten
/// would then read as the next operation's result.
/// </summary>
public sealed class Notification(string channel, string payload) : IStorageOperation
{
    public Type DocumentType => typeof(StorageFeatures);

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        builder.Append("SELECT pg_notify(");
        builder.AppendParameter(channel);
        builder.Append(", ");
        builder.AppendParameter(payload);
        builder.Append(")");
    }

    public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;

    public OperationRole Role() => OperationRole.Other;
}
