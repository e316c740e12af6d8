using System.Text.Json;
using Npgsql;

namespace AgreementTracker.Commands;

/// <summary>A stream moved from one version to another: what subscribers on any node hear after a command commits.</summary>
public sealed record StreamChanged(Guid StreamId, long FromVersion, long ToVersion);

/// <summary>
/// Announces committed changes on a PostgreSQL channel, so every server node (not only the one that took the
/// command) can push them to its subscribers. Only ids travel; listeners read what they need.
/// </summary>
public static class StreamChanges
{
    public const string Channel = "agreementtracker_stream_changes";

    /// <summary>
    /// Best effort and after the commit: the change is already durable, so a failed announcement must not turn a
    /// successful command into an error. A subscriber that misses one reads the current state on its next change.
    /// </summary>
    public static async Task AnnounceAsync(NpgsqlDataSource dataSource, StreamChanged change, CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = Channel });
            command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(change) });
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException)
        {
        }
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
