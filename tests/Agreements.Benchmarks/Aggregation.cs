using System.Diagnostics;
using System.Text.Json;
using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using Marten;
using Npgsql;

namespace AgreementTracker.Agreements.Benchmarks;

/// <summary>
/// One agreement with a long stream (drafted, then its meeting cadence changed day after day), read three ways: the
/// inline document commands decide against, a live replay of every event (time travel's path), and the raw baseline of
/// reading the same rows with Npgsql and folding them with the domain's Evolve.
/// </summary>
public sealed class Aggregation(DocumentStore store, NpgsqlDataSource dataSource, BenchmarkOptions options)
{
    private static readonly Dictionary<string, Type> Types = DomainEvents.All.ToDictionary(e => e.Name, e => e.Type);

    public async Task<Guid> AppendLongStreamAsync(AgreementDrafted drafted)
    {
        var id = Guid.NewGuid();
        var events = new List<object> { drafted with { AgreementId = AgreementId.From(id) } };
        for (var day = 1; day < options.AggregateEvents; day++)
            events.Add(new MeetingCadenceSet(2 + day % 4, drafted.Period.Start.AddDays(day)));
        await using var session = store.LightweightSession();
        session.Events.StartStream<AgreementState>(id, events);
        await session.SaveChangesAsync();
        return id;
    }

    public Task<double> InlineDocumentAsync(Guid id) => MedianMillisecondsAsync(async () =>
    {
        await using var session = store.QuerySession();
        _ = await session.LoadAsync<AgreementState>(AgreementId.From(id)) ?? throw new InvalidOperationException("no inline agreement");
    });

    public Task<double> LiveReplayAsync(Guid id) => MedianMillisecondsAsync(async () =>
    {
        await using var session = store.QuerySession();
        _ = await session.Events.AggregateStreamAsync<AgreementState>(id) ?? throw new InvalidOperationException("no agreement");
    });

    public Task<double> RawReadAndFoldAsync(Guid id) => MedianMillisecondsAsync(async () =>
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT type, data FROM {AgreementsModule.Schema}.mt_events WHERE stream_id = $1 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        AgreementState? state = null;
        while (await reader.ReadAsync())
            state = Agreement.Evolve(state, JsonSerializer.Deserialize(reader.GetString(1), Types[reader.GetString(0)])!);
        _ = state ?? throw new InvalidOperationException("no events");
    });

    private async Task<double> MedianMillisecondsAsync(Func<Task> read)
    {
        for (var i = 0; i < 5; i++)
            await read();
        var samples = new List<double>();
        for (var i = 0; i < options.AggregateRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            await read();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }
}
