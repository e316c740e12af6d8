using System.Reflection;
using AgreementTracker.Identity;
using AgreementTracker.Server.Api;
using AgreementTracker.Server.DemoData;
using AgreementTracker.Server.Web;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Server.Health;
using AgreementTracker.Server.Integrity;
using AgreementTracker.Server.Messaging;
using JasperFx;
using Wolverine;

namespace AgreementTracker.Server.Hosting;

/// <summary>Builds the web application: configuration, logging, the database and the endpoints.</summary>
public static class ServerApp
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The server as the command line starts it; tests adjust the builder in <paramref name="configure"/> (a test clock, the test server).</summary>
    /// <param name="args">The command line (see <see cref="ServerCommand.Usage"/>).</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = await CreateBuilderAsync(args, ct);
        configure?.Invoke(builder);
        var app = builder.Build();
        MapEndpoints(app);
        return app;
    }

    /// <summary>
    /// The server as a command run beside the running ones sees it (checkpoint, export, projections, token): built,
    /// never started, so it serves nothing and runs no daemon or schedule of its own; on the private PostgreSQL the
    /// server runs from the same folder, if it does; with the schema applied.
    /// </summary>
    public static async Task<WebApplication> OpenForCommandAsync(
        IEnumerable<string> args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var app = await BuildAsync([$"--{EventStoreServices.RunDaemonKey}=false", $"--{ServerDatabase.UseRunningKey}=true", .. args], configure, ct);
        try
        {
            await app.Services.InitializeEventStoreAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens the database (starting a private PostgreSQL if none is configured) and registers everything the server runs.
    /// Starting the built host applies the schema and loads any demo data before Wolverine, Marten's daemon and the
    /// web server start, so nothing is served from a database that is not ready.
    /// </summary>
    public static async Task<WebApplicationBuilder> CreateBuilderAsync(string[] args, CancellationToken ct = default)
    {
        var builder = CreateBuilder(args);
        using var startupLogging = LoggerFactory.Create(l => l.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole(ReadableConsole));
        var database = await ServerDatabase.OpenAsync(builder.Configuration, startupLogging.CreateLogger("AgreementTracker.Database"), ct);
        // Disposed with the container too, so a host that never starts does not leave a private PostgreSQL running.
        builder.Services.AddSingleton(_ => database);
        // Registered first so that they start first and stop last.
        builder.Services.AddHostedService(_ => new DatabaseLifetime(database));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<ServingNodeLock>();
        AddServices(builder, database.ConnectionString);
        return builder;
    }

    public static void MapEndpoints(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.MapSignIn();
        app.MapHealth();
        app.MapExport();
        app.MapFollowUpApi();
        app.MapWebPages();
    }

    /// <summary>
    /// <c>codegen write|preview|test</c>: Wolverine's handler code for exactly the services the server registers, written
    /// into this project's <c>Internal/Generated</c>. Needs no database: the host is built, never started.
    /// </summary>
    public static async Task<int> GenerateCodeAsync(string[] args)
    {
        var builder = CreateBuilder([]);
        AddServices(builder, "Host=localhost;Database=codegen", Path.Combine(ProjectDirectory(), "Internal", "Generated"));
        await using var app = builder.Build();
        return await app.RunJasperFxCommands(args);
    }

    private static WebApplicationBuilder CreateBuilder(string[] args)
    {
        CommandLine.Validate(args);
        args = CommandLine.ExpandFlags(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings.ToDictionary());
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(ReadableConsole);
        return builder;
    }

    private static void AddServices(WebApplicationBuilder builder, string connectionString, string? generatedCodeOutputPath = null)
    {
        // The one place the real clock is chosen; everything else takes this TimeProvider.
#pragma warning disable RS0030
        builder.Services.AddSingleton(TimeProvider.System);
#pragma warning restore RS0030
        builder.Services.AddSingleton(_ => ServerDataSource.Create(connectionString));
        builder.Services.AddEventStore(builder.Configuration);
        builder.Services.AddSignIn(builder.Configuration, builder.Configuration["urls"] ?? DefaultUrls);
        builder.Services.AddFollowUpApi(builder.Configuration);
        builder.Host.UseWolverine(options => MessagingServices.ConfigureMessaging(options, generatedCodeOutputPath));
        builder.Services.AddHostedService<DemoDataServices.Loading>();
        builder.Services.AddHostedService<DailyFollowUpRefresh>();
        builder.Services.AddCheckpoints(builder.Configuration);
    }

    /// <summary>This project's folder, recorded at build time: where the generated code is committed.</summary>
    private static string ProjectDirectory() =>
        typeof(ServerApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value
        ?? throw new CommandLineException("codegen runs from a build of the source tree (dotnet run --project src/Server -- codegen write).");

    /// <summary>One line per entry, with the time: the same for start-up and for the running server.</summary>
    private static void ReadableConsole(Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions options)
    {
        options.SingleLine = true;
        options.TimestampFormat = "HH:mm:ss ";
    }

    private sealed class DatabaseLifetime(ServerDatabase database) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public async Task StopAsync(CancellationToken cancellationToken) => await database.DisposeAsync();
    }

    private sealed class DatabaseStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => services.InitializeEventStoreAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
