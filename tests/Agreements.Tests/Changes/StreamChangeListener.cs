using AgreementTracker.Agreements.Changes;
using Npgsql;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>A plain PostgreSQL connection listening on <see cref="StreamChanges.Channel"/>, as another server node would.</summary>
public sealed class StreamChangeListener : IAsyncDisposable
{
    /// <summary>Only so that a missing announcement fails the test instead of hanging the run; no announcement takes nearly this long.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    private readonly NpgsqlConnection _connection;
    private readonly Queue<string> _payloads = new();

    private StreamChangeListener(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, e) => _payloads.Enqueue(e.Payload);
    }

    public static async Task<StreamChangeListener> ListenAsync(string connectionString)
    {
        var listener = new StreamChangeListener(new NpgsqlConnection(connectionString));
        await listener._connection.OpenAsync();
        await using var listen = new NpgsqlCommand($"LISTEN {StreamChanges.Channel}", listener._connection);
        await listen.ExecuteNonQueryAsync();
        return listener;
    }

    /// <summary>The next announcement, in the order PostgreSQL delivers them: the order their transactions committed.</summary>
    public async Task<StreamChanged> NextAsync()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (_payloads.Count == 0)
            await _connection.WaitAsync(guard.Token);
        var payload = _payloads.Dequeue();
        return StreamChanges.Parse(payload) ?? throw new InvalidOperationException($"Not a stream change: {payload}");
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
