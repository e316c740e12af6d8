namespace AgreementTracker.EventStore.Benchmarks;

/// <summary>Sizes of each phase, from command-line flags.</summary>
public sealed record BenchmarkOptions
{
    public string? Connection { get; init; }
    public bool NonDurable { get; init; }
    public int SingleAppends { get; init; } = 2_000;
    public int ConcurrentWriters { get; init; } = 16;
    public int ConcurrentAppendsEach { get; init; } = 200;
    public int BatchCalls { get; init; } = 30;
    public int StreamsPerBatch { get; init; } = 100;
    public int EventsPerStream { get; init; } = 10;
    public int AggregateEvents { get; init; } = 1_000;
    public int AggregateRuns { get; init; } = 101;
    public int LargeEvents { get; init; } = 1_000_000;

    public const string Help = """
        AgreementTracker event store benchmark: each figure next to the raw PostgreSQL rate for the same rows.

        Usage: dotnet run -c Release --project tests/EventStore.Benchmarks -- [flags]

          --connection <string>       PostgreSQL superuser connection string (default: start a private server)
          --non-durable               start the private server with fsync and synchronous_commit off
          --single-appends <n>        sequential one-event appends, for latency (default 2000)
          --writers <n>               concurrent writers (default 16)
          --appends-each <n>          one-event appends per concurrent writer (default 200)
          --batch-calls <n>           SaveChanges calls in the batch phases (default 30)
          --streams-per-batch <n>     new streams per call (default 100)
          --events-per-stream <n>     events per new stream (default 10)
          --aggregate-events <n>      events in the aggregated stream (default 1000)
          --aggregate-runs <n>        aggregations timed (default 101)
          --large-events <n>          events for the rebuild and verify phases (default 1000000)
          --help                      this text
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Count() => int.TryParse(Value(), out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.");
            options = args[i] switch
            {
                "--help" or "-h" => null,
                "--connection" => options with { Connection = Value() },
                "--non-durable" => options with { NonDurable = true },
                "--single-appends" => options with { SingleAppends = Count() },
                "--writers" => options with { ConcurrentWriters = Count() },
                "--appends-each" => options with { ConcurrentAppendsEach = Count() },
                "--batch-calls" => options with { BatchCalls = Count() },
                "--streams-per-batch" => options with { StreamsPerBatch = Count() },
                "--events-per-stream" => options with { EventsPerStream = Count() },
                "--aggregate-events" => options with { AggregateEvents = Count() },
                "--aggregate-runs" => options with { AggregateRuns = Count() },
                "--large-events" => options with { LargeEvents = Count() },
                _ => throw new ArgumentException($"Unknown flag '{args[i]}'. Run with --help for the list."),
            };
            if (options is null) return null;
        }
        return options;
    }
}
