using System.Text.Json;
using Marten;

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
        session.QueueOperation(new Notification(Channel, JsonSerializer.Serialize(change)));

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
