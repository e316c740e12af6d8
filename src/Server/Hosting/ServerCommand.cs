using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.Identity;
using AgreementTracker.Server.Integrity;
using AgreementTracker.Server.Maintenance;
using AgreementTracker.Server.SignIn;

namespace AgreementTracker.Server.Hosting;

/// <summary>The server's command line: help, then the database, then the web host until it is stopped.</summary>
public static class ServerCommand
{
    public const string Usage = """
        AgreementTracker server: follow-up of collaboration agreements as event streams.

        Usage: AgreementTracker.Server [options]
               AgreementTracker.Server projections list|rebuild|check [name|all] [options]
               AgreementTracker.Server checkpoint [options]
               AgreementTracker.Server export --agreement <id> | --organisation <id> | --all [--out <file>] [options]
               AgreementTracker.Server consistency --from <checkpoint.json> [--to <export.jsonl>] [--out <file>] [options]
               AgreementTracker.Server token <user> [--minutes <n>] [options]
               AgreementTracker.Server codegen write|preview|test

        Options:
          --connection <string>  PostgreSQL connection string. Also read from the environment variable
                                 ConnectionStrings__AgreementTracker or appsettings.json. Without one, the
                                 server starts a private PostgreSQL from this machine's binaries.
          --data <folder>        Folder of the private PostgreSQL (default: .data/postgres under the
                                 working directory). Reused on the next start.
          --urls <urls>          Addresses to listen on (default: http://127.0.0.1:5080).
          --demo                 Load the North Jutland demo data (organisations and agreements,
                                 2021-2026) before serving; loading again adds nothing.
          --Demo:Agreements=<n>  Load a generated national-size data set of n agreements instead.
          --Section:Key=value    Any configuration setting, for example:
                                   --Database:WaitAtStart=00:02:00    how long start-up waits for a database that
                                                                      does not accept connections yet
                                   --Projections:RunDaemon=false      leave Marten's async daemon (the audit
                                                                      timeline) to other nodes
                                   --Projections:StallAfterSeconds=30 lag after which /health reports a stall
                                   --Messaging:LateAfterSeconds=300   how long past due a deadline may wait
                                                                      before /health reports it
                                   --Auth:Issuer=<url>                the embedded sign-in's issuer (default: the
                                                                      first of --urls)
                                   --Auth:Authority=<url>             trust this external OpenID provider instead
                                                                      (Entra ID, a MitID Erhverv broker)
                                   --Auth:OrganisationClaim=<claim>   its claim holding the user's CVR number
                                   --Api:DevelopmentIdentity=<name>   DEVELOPMENT ONLY: requests without a token
                                                                      act as <name>, with BRN staff's rights
                                   --Api:MaxRequestBodyBytes=1048576  larger request bodies are refused with 413
                                   --Integrity:SignEvery=01:00:00     how often the log over all events is signed
                                                                      (when it grew since the last checkpoint)
                                   --Integrity:SigningKeyFile=<file>  the signing key (default: signing-key.pem
                                                                      beside the data folder; public half beside it
                                                                      as signing-key.pub.pem)
                                   --Integrity:CheckpointFolder=<dir> also write each checkpoint there as a file
                                   --Integrity:CheckpointUrl=<url>    also POST each checkpoint there as JSON, kept
                                                                      pending in the database until a 2xx answer
          --help                 Show this text.

        Endpoints: /graphql (the follow-up API; GraphiQL in a browser; subscriptions over WebSocket); every
                            operation needs 'Authorization: Bearer <token>' (see 'token --help')
                   /.well-known/openid-configuration, /connect/authorize, /connect/token, /connect/logout,
                   /konto/log-ind (the embedded OpenID provider and its sign-in page)
                   /health  (database, projection lag, deadline queue; 503 when unhealthy)
                   /export/agreements/{id}, /export/organisations/{id} (an auditor's export as a download, as
                            'export' writes it; with a bearer token, on the API's terms: staff and auditors
                            anything, a member their own organisation and the agreements it is a party to).

        Maintenance: 'projections list' shows Marten's projections, inline or async, with the async ones' lag;
        'projections rebuild <name|all>' is Marten's rebuild from the first event; 'projections check [name|all]'
        rebuilds into scratch and compares with what is live (exit code 2 if not equal).
        'projections --help' says what each covers and what a rebuild asks of the running servers.
        'checkpoint' signs the log over all events now and prints the checkpoint ('checkpoint --help').
        'export' writes an agreement's, an organisation's or the whole history for an auditor to verify offline
        ('export --help'). 'consistency' proves that the log an export is proved against extends a checkpoint signed
        earlier, one an auditor kept ('consistency --help').

        Of JasperFx's own command line only 'codegen' (Wolverine's handler code) is exposed; Marten's 'projections'
        command is not, as ours replaces it.
        """;

    /// <summary>The one JasperFx command the server passes on (Marten's own <c>projections</c> would shadow ours).</summary>
    public const string CodeGenerationVerb = "codegen";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            await output.WriteLineAsync(args[0] switch
            {
                ProjectionsCommand.Name => ProjectionsCommand.Usage,
                CheckpointCommand.Name => CheckpointCommand.Usage,
                ExportCommand.Name => ExportCommand.Usage,
                ConsistencyCommand.Name => ConsistencyCommand.Usage,
                TokenCommand.Name => TokenCommand.Usage,
                _ => Usage,
            });
            return 0;
        }

        try
        {
            if (args.Length > 0 && args[0] == CodeGenerationVerb)
                return await ServerApp.GenerateCodeAsync(args);
            if (args.Length > 0 && args[0] == ProjectionsCommand.Name)
                return await ProjectionsCommand.RunAsync(args, output, errors, ct: CancellationToken.None);
            if (args.Length > 0 && args[0] == CheckpointCommand.Name)
                return await CheckpointCommand.RunAsync(args, output, ct: CancellationToken.None);
            if (args.Length > 0 && args[0] == ExportCommand.Name)
                return await ExportCommand.RunAsync(args, output, errors, ct: CancellationToken.None);
            if (args.Length > 0 && args[0] == ConsistencyCommand.Name)
                return await ConsistencyCommand.RunAsync(args, output, errors, ct: CancellationToken.None);
            if (args.Length > 0 && args[0] == TokenCommand.Name)
                return await TokenCommand.RunAsync(args, output, errors, ct: CancellationToken.None);
            await using var app = await ServerApp.BuildAsync(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is PostgresBinariesNotFoundException or PostgresStartException or CommandLineException or ServerStartException or SignInSettingsException)
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
