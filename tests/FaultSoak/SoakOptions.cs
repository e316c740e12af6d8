using System.Globalization;

namespace AgreementTracker.FaultSoak;

/// <summary>How long, how many clients, which faults and which data set, from the command line.</summary>
public sealed record SoakOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);
    public int Clients { get; init; } = 50;
    public TimeSpan KillEvery { get; init; } = TimeSpan.FromMinutes(1);
    public bool Faults { get; init; } = true;

    /// <summary>Agreements of the national-size demo set (<c>--Demo:Agreements</c>), or null for the North Jutland set.</summary>
    public int? DemoAgreements { get; init; }

    /// <summary>A request's answer is waited for this long before it counts as lost and is sent again.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A client stops sending a request again after this long and counts it as given up (its outcome unknown).</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the deadlines that fell due may take to be handled after the load stops.</summary>
    public TimeSpan DeadlinePatience { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Once per run, between two kills near the middle, unless the run is too short for a kill before it.</summary>
    public TimeSpan DatabaseRestartAt =>
        KillEvery * (Math.Floor(Duration / 2 / KillEvery) + 0.5);

    public const string Help = """
        AgreementTracker fault-injection soak: one PostgreSQL and two server processes on it (the built
        AgreementTracker.Server.dll, the demo data loaded once), concurrent HTTP clients sending a mix of mutations
        (each with an idempotency key and a correlation id) and municipality dashboards, retrying a lost answer with
        the same key against the other node. Every --kill-every one node is killed with SIGKILL and started again;
        once per run PostgreSQL is restarted in immediate mode. At the end the database itself is checked: every
        acknowledged mutation stored exactly once, no key written twice, every projection equal to a rebuild from
        zero (projections check), every deadline that fell due handled once, every hash chain intact.

        Usage: dotnet run -c Release --project tests/FaultSoak -- [options]

          --minutes <m>           how long the clients send (default 10; decimals allowed, e.g. 0.5)
          --clients <n>           concurrent clients (default 50)
          --kill-every <seconds>  kill a node this often (default 60)
          --no-faults             no kills and no database restart: the load the system holds
          --Demo:Agreements=<n>   the national-size demo set with n agreements (2000: ~1 M events, ~2.5 min to load)
                                  instead of the North Jutland set
          --help                  this text

        Exit code 0 when nothing was lost or duplicated and every check passed, 1 otherwise, 2 on bad options.
        """;

    /// <returns>The options, or null when help was asked for.</returns>
    /// <exception cref="ArgumentException">An unknown option or a bad value, with what is wrong.</exception>
    public static SoakOptions? Parse(string[] args)
    {
        var options = new SoakOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            string Value() => inline ?? (i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value."));
            double Number(double minimum) =>
                double.TryParse(Value(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x) && x >= minimum
                    ? x
                    : throw new ArgumentException($"{name} needs a number, {minimum} or more.");
            options = name switch
            {
                "--help" or "-h" => null,
                "--minutes" => options with { Duration = TimeSpan.FromMinutes(Number(0.1)) },
                "--clients" => options with { Clients = (int)Number(1) },
                "--kill-every" => options with { KillEvery = TimeSpan.FromSeconds(Number(5)) },
                "--no-faults" => options with { Faults = false },
                "--Demo:Agreements" => options with { DemoAgreements = (int)Number(1) },
                _ => throw new ArgumentException($"Unknown option '{name}'. Run with --help for the list."),
            };
            if (options is null)
                return null;
        }
        return options;
    }
}
