using System.Data.Common;
using System.Text.RegularExpressions;
using Marten.Storage;
using Weasel.Core;
using IStorageOperation = Weasel.Storage.IStorageOperation;
using IStorageSession = Weasel.Storage.IStorageSession;

namespace AgreementTracker.Deadlines.Notifications;

/// <summary>
/// <see cref="NotificationOutbox"/>'s statement in a Marten session's batch, so the notification commits with what the
/// handler's transaction holds (events, Wolverine's inbox and outbox) or not at all.
/// </summary>
/// <remarks>
/// Not Marten's <c>QueueSqlCommand</c>: that marks its statement as returning no result set, and this one returns the
/// id it announced, which Marten would then read as the next operation's result.
/// </remarks>
internal sealed partial class NotificationWrite(Notification notification) : IStorageOperation
{
    public Type DocumentType => typeof(StorageFeatures);

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        var values = NotificationOutbox.Values(notification);
        var at = 0;
        foreach (Match parameter in Placeholder().Matches(NotificationOutbox.Sql))
        {
            builder.Append(NotificationOutbox.Sql[at..parameter.Index]);
            builder.AppendParameter(values[int.Parse(parameter.Groups[1].ValueSpan) - 1]);
            at = parameter.Index + parameter.Length;
        }
        builder.Append(NotificationOutbox.Sql[at..]);
    }

    /// <summary>Nothing to read: a repeat writes no row, and Marten moves on to the next result itself.</summary>
    public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;

    public OperationRole Role() => OperationRole.Other;

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}
