using Npgsql;

namespace AgreementTracker.EventStore.Benchmarks;

/// <summary>The phases of the benchmark, each measured for the store and for raw PostgreSQL on the same server.</summary>
public sealed class EventStoreBenchmark(NpgsqlDataSource dataSource, BenchmarkOptions options)
{
    private readonly RawPostgres _raw = new(dataSource);
    private readonly List<Measurement> _results = [];

    public async Task<IReadOnlyList<Measurement>> RunAsync()
    {
        var store = new StreamStore(dataSource, Basket.Options());
        await store.InitializeAsync();
        await _raw.CreateTableAsync();

        await SingleAppendsAsync(store);
        await ConcurrentAppendsAsync(store);
        await BatchesAsync(store, "batches, 100 new streams x 10 events per call");
        var inline = Basket.Options();
        inline.Projections.Add(new BasketTotalsProjection("basket_totals_inline"), ProjectionLifecycle.Inline);
        var inlineStore = new StreamStore(dataSource, inline);
        await inlineStore.InitializeAsync();
        await BatchesAsync(inlineStore, "batches with an inline projection");
        await AggregateAsync(store);
        await FillAsync(store);
        await RebuildAsync();
        await VerifyAsync(store);
        return _results;
    }

    private async Task SingleAppendsAsync(StreamStore store)
    {
        Console.WriteLine($"single appends: {options.SingleAppends} sequential one-event appends");
        var id = await StartStreamAsync(store, 1);
        var storeLatencies = await Timing.LatenciesAsync(options.SingleAppends, async i =>
        {
            var session = store.OpenSession();
            session.Append(id, i + 1, new ItemAdded("SKU-1", 1, 9.95m));
            await session.SaveChangesAsync();
        });
        await using var connection = await dataSource.OpenConnectionAsync();
        var rawId = Guid.NewGuid();
        var rawLatencies = await Timing.LatenciesAsync(options.SingleAppends, i =>
            RawPostgres.InsertOneAsync(connection, RawPostgres.RowsFor(rawId, [new ItemAdded("SKU-1", 1, 9.95m)], i + 1).Single()));
        Record("single append latency p50", Timing.Percentile(storeLatencies, 50), Timing.Percentile(rawLatencies, 50), "ms", false);
        Record("single append latency p95", Timing.Percentile(storeLatencies, 95), Timing.Percentile(rawLatencies, 95), "ms", false);
    }

    private async Task ConcurrentAppendsAsync(StreamStore store)
    {
        var writers = options.ConcurrentWriters;
        var each = options.ConcurrentAppendsEach;
        Console.WriteLine($"concurrent appends: {writers} writers x {each} one-event appends");
        var ids = new List<Guid>();
        for (var w = 0; w < writers; w++)
            ids.Add(await StartStreamAsync(store, 1));
        var storeTime = await Timing.TimeAsync(() => Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            for (var i = 1; i <= each; i++)
            {
                var session = store.OpenSession();
                session.Append(id, i, new ItemAdded("SKU-1", 1, 9.95m));
                await session.SaveChangesAsync();
            }
        }))));
        var rawTime = await Timing.TimeAsync(() => Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var rawId = Guid.NewGuid();
            await using var connection = await dataSource.OpenConnectionAsync();
            for (var i = 1; i <= each; i++)
                await RawPostgres.InsertOneAsync(connection, RawPostgres.RowsFor(rawId, [new ItemAdded("SKU-1", 1, 9.95m)], i).Single());
        }))));
        var events = (long)writers * each;
        Record($"single appends, {writers} concurrent writers", Timing.PerSecond(events, storeTime), Timing.PerSecond(events, rawTime), "events/s", true);
    }

    private async Task BatchesAsync(StreamStore store, string phase)
    {
        var perCall = options.StreamsPerBatch * options.EventsPerStream;
        Console.WriteLine($"{phase}: {options.BatchCalls} calls of {perCall} events");
        var storeTime = await Timing.TimeAsync(async () =>
        {
            for (var call = 0; call < options.BatchCalls; call++)
                await AppendBatchAsync(store);
        });
        await using var connection = await dataSource.OpenConnectionAsync();
        var rawTime = await Timing.TimeAsync(async () =>
        {
            for (var call = 0; call < options.BatchCalls; call++)
            {
                var rows = Enumerable.Range(0, options.StreamsPerBatch)
                    .SelectMany(_ => RawPostgres.RowsFor(Guid.NewGuid(), Basket.EventsFor(options.EventsPerStream))).ToList();
                await using var transaction = await connection.BeginTransactionAsync();
                await RawPostgres.CopyAsync(connection, rows);
                await transaction.CommitAsync();
            }
        });
        var events = (long)options.BatchCalls * perCall;
        Record(phase, Timing.PerSecond(events, storeTime), Timing.PerSecond(events, rawTime), "events/s", true);
    }

    private async Task AggregateAsync(StreamStore store)
    {
        Console.WriteLine($"aggregate: a {options.AggregateEvents}-event stream, {options.AggregateRuns} runs");
        var id = await StartStreamAsync(store, options.AggregateEvents);
        await store.AggregateStreamAsync<Basket>(id);
        var storeLatencies = await Timing.LatenciesAsync(options.AggregateRuns, _ => store.AggregateStreamAsync<Basket>(id));
        var rawLatencies = await Timing.LatenciesAsync(options.AggregateRuns, _ => _raw.ReadEventsAsync("version", "WHERE stream_id = $1", id));
        Record($"aggregate a {options.AggregateEvents}-event stream (median)", Timing.Percentile(storeLatencies, 50), Timing.Percentile(rawLatencies, 50), "ms", false);
    }

    /// <summary>Tops the store up to the large size through the store itself, so every hash is real.</summary>
    private async Task FillAsync(StreamStore store)
    {
        var existing = await CountEventsAsync();
        var missing = options.LargeEvents - existing;
        Console.WriteLine($"filling the store to {options.LargeEvents} events ({Math.Max(0, missing)} to add)");
        long added = 0;
        while (added < missing)
        {
            await AppendBatchAsync(store);
            added += options.StreamsPerBatch * options.EventsPerStream;
            if (added % 100_000 < options.StreamsPerBatch * options.EventsPerStream)
                Console.WriteLine($"  {existing + added} events");
        }
    }

    private async Task RebuildAsync()
    {
        var total = await CountEventsAsync();
        Console.WriteLine($"rebuild: an inline projection over {total} events");
        var configured = Basket.Options();
        configured.Projections.Add(new BasketTotalsProjection("basket_totals"), ProjectionLifecycle.Inline);
        var store = new StreamStore(dataSource, configured);
        await store.InitializeAsync();
        var progress = new Progress<ProjectionRebuildProgress>(p =>
        {
            if (p.EventsReplayed % 200_000 < 10_000) Console.WriteLine($"  {p.EventsReplayed} of {p.EventsTotal} events replayed");
        });
        var storeTime = await Timing.TimeAsync(() => store.Projections.RebuildAsync("basket_totals", progress));
        var rawTime = await Timing.TimeAsync(() => _raw.ReadEventsAsync("tx_id, seq"));
        Record($"rebuild a projection over {total} events", Timing.PerSecond(total, storeTime), Timing.PerSecond(total, rawTime), "events/s", true);
    }

    private async Task VerifyAsync(StreamStore store)
    {
        var total = await CountEventsAsync();
        Console.WriteLine($"verify: the hash chains of {total} events");
        IntegrityReport? report = null;
        var progress = new Progress<IntegrityProgress>(p =>
        {
            if (p.EventsChecked % 200_000 == 0) Console.WriteLine($"  {p.EventsChecked} events verified");
        });
        var storeTime = await Timing.TimeAsync(async () => report = await store.VerifyIntegrityAsync(progress));
        if (!report!.IsIntact)
            throw new InvalidOperationException("The benchmark store failed verification: " + report.FirstViolation);
        var rawTime = await Timing.TimeAsync(() => _raw.ReadEventsAsync("stream_id, version"));
        Record($"verify the hash chain of {total} events", Timing.PerSecond(total, storeTime), Timing.PerSecond(total, rawTime), "events/s", true);
    }

    private async Task AppendBatchAsync(StreamStore store)
    {
        var session = store.OpenSession(new EventMetadata { Actor = "benchmark" });
        for (var s = 0; s < options.StreamsPerBatch; s++)
            session.StartStream(Guid.NewGuid(), "basket", Basket.EventsFor(options.EventsPerStream));
        await session.SaveChangesAsync();
    }

    private static async Task<Guid> StartStreamAsync(StreamStore store, int events)
    {
        var id = Guid.NewGuid();
        var all = Basket.EventsFor(events);
        var session = store.OpenSession();
        session.StartStream(id, "basket", all.Take(1000));
        for (var written = 1000; written < all.Length; written += 1000)
            session.Append(id, written, all.Skip(written).Take(1000));
        await session.SaveChangesAsync();
        return id;
    }

    private async Task<long> CountEventsAsync()
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM eventstore.events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private void Record(string phase, double store, double raw, string unit, bool higherIsBetter)
    {
        var measurement = new Measurement(phase, store, raw, unit, higherIsBetter);
        _results.Add(measurement);
        Console.WriteLine($"  => {Format(measurement)}");
    }

    public static string Format(Measurement m) =>
        $"{m.Phase}: store {m.Store:N2} {m.Unit}, raw PostgreSQL {m.Raw:N2} {m.Unit}, store is {m.SlowdownFactor:N2}x raw's cost";
}
