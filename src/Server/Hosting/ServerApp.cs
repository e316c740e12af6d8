using AgreementTracker.Server.Api;
using AgreementTracker.Server.DemoData;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Commands;
using AgreementTracker.Server.Health;
using AgreementTracker.Server.Messaging;
using Npgsql;

namespace AgreementTracker.Server.Hosting;

/// <summary>Builds the web application: configuration, logging, the database and the endpoints.</summary>
public static class ServerApp
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="args">The command line (see <see cref="ServerCommand.Usage"/>).</param>
    /// <param name="configure">Lets tests adjust the builder after the server's own registrations, e.g. to use the test server.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        CommandLine.Validate(args);
        args = CommandLine.ExpandFlags(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings.ToDictionary());
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(ReadableConsole);
        using var startupLogging = LoggerFactory.Create(l => l.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole(ReadableConsole));
        var database = await ServerDatabase.OpenAsync(builder.Configuration, startupLogging.CreateLogger("AgreementTracker.Database"), ct);
        try
        {
            // Registered first so that it stops last, after everything that uses the database.
            builder.Services.AddHostedService(_ => new DatabaseLifetime(database));
            builder.Services.AddSingleton(database);
            // The one place the real clock is chosen; everything else takes this TimeProvider.
#pragma warning disable RS0030
            builder.Services.AddSingleton(TimeProvider.System);
#pragma warning restore RS0030
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(database.ConnectionString));
            builder.Services.AddEventStore(builder.Configuration);
            builder.Services.AddFollowUpApi(builder.Configuration);
            builder.Services.AddDurableMessaging(builder.Configuration);
            configure?.Invoke(builder);

            var app = builder.Build();
            try
            {
                await app.InitializeEventStoreAsync(ct);
                await app.LoadDemoDataIfAskedAsync(ct);
                await app.ScheduleFollowUpRefreshAsync(ct);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
            app.MapHealth();
            app.MapFollowUpApi();
            return app;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

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
}
