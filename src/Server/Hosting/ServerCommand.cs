using AgreementTracker.EmbeddedPostgres;

namespace AgreementTracker.Server.Hosting;

/// <summary>The server's command line: help, then the database, then the web host until it is stopped.</summary>
public static class ServerCommand
{
    public const string Usage = """
        AgreementTracker server: follow-up of collaboration agreements as event streams.

        Usage: AgreementTracker.Server [options]

        Options:
          --connection <string>  PostgreSQL connection string. Also read from the environment variable
                                 ConnectionStrings__AgreementTracker or appsettings.json. Without one, the
                                 server starts a private PostgreSQL from this machine's binaries.
          --data <folder>        Folder of the private PostgreSQL (default: .data/postgres under the
                                 working directory). Reused on the next start.
          --urls <urls>          Addresses to listen on (default: http://127.0.0.1:5080).
          --demo                 Load the North Jutland demo data (organisations and agreements,
                                 2021-2026) before serving; loading again adds nothing.
          --Section:Key=value    Any configuration setting, for example:
                                   --Projections:RunDaemon=false      leave the projection daemon to other nodes
                                   --Projections:StallAfterSeconds=30 lag after which /health reports a stall
          --help                 Show this text.

        Endpoints: /health (database, and each projection's lag; 503 when unhealthy).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        try
        {
            await using var app = await ServerApp.BuildAsync(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is PostgresBinariesNotFoundException or PostgresStartException or CommandLineException or ServerStartException)
        {
            await errors.WriteLineAsync($"AgreementTracker cannot start: {e.Message}");
            return 1;
        }
    }
}

/// <summary>The command line named something the server does not know.</summary>
public sealed class CommandLineException(string message) : Exception(message);

/// <summary>A start-up step failed for a reason the person starting the server can act on.</summary>
public sealed class ServerStartException(string message, Exception? inner = null) : Exception(message, inner);
