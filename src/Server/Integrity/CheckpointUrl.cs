using System.Net.Http.Headers;
using System.Text;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// Sends every kept checkpoint that <c>Integrity:CheckpointUrl</c> has not yet acknowledged there, oldest first, as the
/// same <see cref="PublishedCheckpoint"/> JSON the checkpoint folder gets, by POST; a 2xx answer is the acknowledgement,
/// recorded in <c>integrity.checkpoint_deliveries</c>. It stops at the first failure, so the receiver sees checkpoints in
/// order; the next attempt starts there. One node sends at a time (a session advisory lock). A receiver may get a
/// checkpoint twice (acknowledged, but the record lost with the connection) and knows it by its size and time.
/// </summary>
public sealed class CheckpointUrl(NpgsqlDataSource dataSource, IntegritySettings settings, TimeProvider clock, HttpClient http)
{
    // Any constant no other advisory lock in the database uses: "ckdeliv" in ASCII.
    private const long SendLock = 0x636b64656c6976;

    /// <returns>How many checkpoints were acknowledged, and whether any is still waiting after a failure.</returns>
    public async Task<(int Delivered, bool Failed)> SendPendingAsync(CancellationToken ct)
    {
        if (settings.CheckpointUrl is not { } url)
            return (0, false);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({SendLock})", connection))
        {
            if (!(bool)(await take.ExecuteScalarAsync(ct))!)
                return (0, false);
        }
        try
        {
            var delivered = 0;
            foreach (var published in await PendingAsync(connection, url, ct))
            {
                if (!await PostAsync(url, published, ct))
                    return (delivered, true);
                await RecordAsync(connection, url, published.Checkpoint, ct);
                delivered++;
            }
            return (delivered, false);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SendLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<bool> PostAsync(Uri url, PublishedCheckpoint published, CancellationToken ct)
    {
        try
        {
            using var content = new StringContent(published.ToJson(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var answer = await http.PostAsync(url, content, ct);
            return answer.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task<List<PublishedCheckpoint>> PendingAsync(NpgsqlConnection connection, Uri url, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.size, c.root, c.signed_at, c.key_id, c.signature, k.public_key
            FROM integrity.checkpoints c
            JOIN integrity.signing_keys k ON k.key_id = c.key_id
            WHERE NOT EXISTS (SELECT FROM integrity.checkpoint_deliveries d WHERE d.size = c.size AND d.signed_at = c.signed_at AND d.url = $1)
            ORDER BY c.signed_at, c.size
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = url.ToString() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pending = new List<PublishedCheckpoint>();
        while (await reader.ReadAsync(ct))
            pending.Add(PublishedCheckpoint.Of(
                new Checkpoint(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.GetFieldValue<byte[]>(4)),
                reader.GetFieldValue<byte[]>(5)));
        return pending;
    }

    private async Task RecordAsync(NpgsqlConnection connection, Uri url, ExportedCheckpoint checkpoint, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO integrity.checkpoint_deliveries (size, signed_at, url, delivered_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Size });
        command.Parameters.Add(new NpgsqlParameter { Value = checkpoint.SignedAt });
        command.Parameters.Add(new NpgsqlParameter { Value = url.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(ct);
    }
}
