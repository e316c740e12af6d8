using System.Globalization;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>What to measure and against which database, from the command line.</summary>
public sealed record BenchmarkOptions
{
    public int Agreements { get; init; } = 2_000;
    public int Clients { get; init; } = 50;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);
    public string? Connection { get; init; }
    public string? DataFolder { get; init; }
    public bool Rebuild { get; init; } = true;

    public const string Help = """
        AgreementTracker API benchmark: the real server in this process on a loopback port, the demo data set
        loaded into it, then closed-loop HTTP clients on two scenarios: a municipality's KPI dashboard (GraphQL
        query) and logging a meeting (GraphQL mutation); last, every inline projection rebuilt from zero and the
        asynchronous projections' daemon watched for a minute.

        Usage: dotnet run -c Release --project tests/Api.Benchmarks -- [options]

          --agreements <n>       agreements in the demo data set (default 2000, about 1.08 million events)
          --clients <n>          concurrent HTTP clients, each sending its next request when the last is answered (default 50)
          --duration <seconds>   measured time per scenario (default 30)
          --warm-up <seconds>    unmeasured time per scenario before it (default 5)
          --connection <string>  PostgreSQL to use (a database of its own: the data set is loaded into it)
          --data <folder>        folder of a private PostgreSQL kept after the run, so the next run finds the data
                                 loaded. Without --connection or --data: a private PostgreSQL in a temporary
                                 folder, deleted at the end.
          --no-rebuild           skip the rebuilds and the daemon at the end
          --help                 this text
        """;

    /// <returns>The options, or null when help was asked for.</returns>
    /// <exception cref="ArgumentException">An unknown option or a bad value, with what is wrong.</exception>
    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Count(int minimum) =>
                int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum
                    ? n
                    : throw new ArgumentException($"{name} needs a whole number, {minimum} or more; it is '{args[i]}'.");
            TimeSpan Seconds() =>
                double.TryParse(Value(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s >= 0
                    ? TimeSpan.FromSeconds(s)
                    : throw new ArgumentException($"{name} needs a number of seconds; it is '{args[i]}'.");
            options = name switch
            {
                "--help" or "-h" => null,
                "--agreements" => options with { Agreements = Count(1) },
                "--clients" => options with { Clients = Count(1) },
                "--duration" => options with { Duration = Seconds() },
                "--warm-up" => options with { WarmUp = Seconds() },
                "--connection" => options with { Connection = Value() },
                "--data" => options with { DataFolder = Value() },
                "--no-rebuild" => options with { Rebuild = false },
                _ => throw new ArgumentException($"Unknown option '{name}'. Run with --help for the list."),
            };
            if (options is null)
                return null;
        }
        if (options.Connection is not null && options.DataFolder is not null)
            throw new ArgumentException("Give --connection or --data, not both: --data is for a private PostgreSQL.");
        if (options.Duration <= TimeSpan.Zero)
            throw new ArgumentException("--duration must be more than 0 seconds.");
        return options;
    }
}
