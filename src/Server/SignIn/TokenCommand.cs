using System.Globalization;
using AgreementTracker.Identity;
using AgreementTracker.Identity.Tokens;
using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.SignIn;

/// <summary><c>token &lt;user&gt;</c>: prints an access token for a local user, for scripts that call the API.</summary>
public static class TokenCommand
{
    public const string Name = "token";

    public const string Usage = """
        Usage: AgreementTracker.Server token <user> [--minutes <n>] [options]

        Prints an access token for the local user <user> (their user name) on standard output, and nothing else
        there, so a script can take it:

          TOKEN=$(dotnet run --project src/Server -- token koordinator)
          curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
               -d '{"query":"{ agreements(first: 3) { nodes { title } } }"}' http://127.0.0.1:5080/graphql

        Run it against the same database as the running server (the same --connection, or from the same folder
        with the private PostgreSQL stopped or running): the token is signed with the key the servers share there,
        and carries the user's roles and organisation as they are now.

        Options:
          --minutes <n>  How long the token is valid (default 60, at most 1440).
        Other options are the server's (--connection, --data, --Section:Key=value).
        """;

    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter errors, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
            throw new CommandLineException("Name the user: token <user>. See token --help.");
        var (lifetime, serverArgs) = Lifetime(args.Skip(2).ToArray());
        // Standard output holds the token alone: the host's logs, and what Marten prints to the console about the
        // daemon left off, go to standard error while the command runs.
        var console = Console.Out;
        Console.SetOut(errors);
        try
        {
            await using var app = await ServerApp.OpenForCommandAsync(["--Logging:Console:LogToStandardErrorThreshold=Trace", .. serverArgs], configure, ct);
            await app.Services.PrepareSignInAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            await output.WriteLineAsync(await scope.ServiceProvider.GetRequiredService<ScriptTokens>().IssueAsync(args[1], lifetime));
            return 0;
        }
        catch (ScriptTokenException e)
        {
            await errors.WriteLineAsync($"No token: {e.Message}");
            return 2;
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    private static (TimeSpan Lifetime, string[] Others) Lifetime(string[] args)
    {
        var at = Array.IndexOf(args, "--minutes");
        if (at < 0)
            return (ScriptTokens.DefaultLifetime, args);
        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > 1440)
            throw new CommandLineException("--minutes takes a whole number of minutes from 1 to 1440.");
        return (TimeSpan.FromMinutes(minutes), [.. args[..at], .. args[(at + 2)..]]);
    }
}
