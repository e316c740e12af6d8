using System.Data.Common;
using System.Text.RegularExpressions;
using Marten.Storage;
using Npgsql;
using Weasel.Core;
using IStorageOperation = Weasel.Storage.IStorageOperation;
using IStorageSession = Weasel.Storage.IStorageSession;
using NoDataReturnedCall = Weasel.Storage.NoDataReturnedCall;

namespace AgreementTracker.Agreements.FollowUp;

/// <summary>
/// One command of a read model's <see cref="NpgsqlBatch"/>, written to Marten's batch instead, so it commits or rolls
/// back with the session's events. Its positional parameters ($1, $2, ...) become the batch's own.
/// </summary>
/// <remarks>
/// <see cref="NoDataReturnedCall"/> tells Marten the command yields no result set; without it Marten reads the next
/// operation's result as ours, and every document stored after it fails its revision check.
/// </remarks>
public sealed partial class BatchCommandOperation(NpgsqlBatchCommand command) : IStorageOperation, NoDataReturnedCall
{
    /// <summary>What Marten's own <c>QueueSqlCommand</c> names: no document whose storage Marten must ensure first.</summary>
    public Type DocumentType => typeof(StorageFeatures);

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        var sql = command.CommandText;
        var at = 0;
        foreach (Match parameter in Placeholder().Matches(sql))
        {
            builder.Append(sql[at..parameter.Index]);
            builder.AppendParameter(command.Parameters[int.Parse(parameter.Groups[1].Value) - 1].Value!);
            at = parameter.Index + parameter.Length;
        }
        builder.Append(sql[at..]);
    }

    public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;

    public OperationRole Role() => OperationRole.Other;

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}
