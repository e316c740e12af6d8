namespace AgreementTracker.Agreements.Benchmarks;

/// <summary>Sizes of each phase, from command-line flags.</summary>
public sealed record BenchmarkOptions
{
    public string? Connection { get; init; }
    public int Agreements { get; init; } = 300;
    public int AggregateEvents { get; init; } = 1_000;
    public int AggregateRuns { get; init; } = 51;
    public bool AuditTimeline { get; init; }

    public const string Help = """
        AgreementTracker on Marten: the demo import and aggregation, each next to raw PostgreSQL doing the same rows in
        the same run, on a private durable PostgreSQL (fsync on).

        Usage: dotnet run -c Release --project tests/Agreements.Benchmarks -- [flags]

        Phases, in order: import the demo set into raw PostgreSQL (COPY), into Marten without the integrity trigger,
        with it one transaction at a time and two at once (the product); then aggregate one long agreement stream (the
        inline document, a live replay, and a raw read and fold).

          --connection <string>       PostgreSQL superuser connection string (default: start a private server)
          --agreements <n>            demo agreements to import (default 300; 2000 is the national set, ~1.08 M events)
          --aggregate-events <n>      events in the aggregated stream (default 1000)
          --aggregate-runs <n>        aggregations timed, the median reported (default 51)
          --audit-timeline            instead of the phases above: import the demo set into the product with the audit
                                      timeline, then time Marten's daemon building the timeline from the first event
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
                "--agreements" => options with { Agreements = Count() },
                "--aggregate-events" => options with { AggregateEvents = Count() },
                "--aggregate-runs" => options with { AggregateRuns = Count() },
                "--audit-timeline" => options with { AuditTimeline = true },
                _ => throw new ArgumentException($"Unknown flag '{args[i]}'. Run with --help for the list."),
            };
            if (options is null)
                return null;
        }
        return options;
    }
}
