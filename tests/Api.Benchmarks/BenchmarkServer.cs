using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.Server.Hosting;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>
/// The real server, built by <see cref="ServerApp.BuildAsync"/> exactly as the command line builds it, on Kestrel on a
/// free loopback port, with the demo data set of <see cref="BenchmarkOptions.Agreements"/> agreements to load as it
/// starts (the server's own <c>--Demo:Agreements</c>). Without a connection string it starts its private PostgreSQL,
/// in a temporary folder that is deleted afterwards unless the options named the folder.
/// </summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _temporaryFolder;
    private bool _stopped;

    private BenchmarkServer(WebApplication app, Uri endpoint, string[] databaseArgs, string? temporaryFolder)
    {
        _app = app;
        GraphQLEndpoint = endpoint;
        DatabaseArgs = databaseArgs;
        _temporaryFolder = temporaryFolder;
    }

    public Uri GraphQLEndpoint { get; }

    /// <summary>The server's options that name its database, for a maintenance command on it once the server has stopped.</summary>
    public IReadOnlyList<string> DatabaseArgs { get; }
    public IServiceProvider Services => _app.Services;
    public IDocumentStore Store => _app.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Builds the server and opens its database; it loads the data set and takes requests after <see cref="StartAsync"/>.</summary>
    public static async Task<BenchmarkServer> BuildAsync(BenchmarkOptions options)
    {
        var url = $"http://127.0.0.1:{FreeLoopbackPort.Find()}";
        // Not created here: the private PostgreSQL creates its folder with the owner and rights it needs.
        var temporaryFolder = options.Connection is null && options.DataFolder is null
            ? Path.Combine(Path.GetTempPath(), $"agreementtracker-api-benchmark-{Guid.NewGuid():N}")
            : null;
        string[] database = options.Connection is { } connection ? ["--connection", connection] : ["--data", options.DataFolder ?? temporaryFolder!];
        try
        {
            var app = await ServerApp.BuildAsync(["--urls", url, .. database, $"--Demo:Agreements={options.Agreements}",
                "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:AgreementTracker.DemoData=Information",
                // The asynchronous projections are far behind after the load; their daemon is measured on its own, after the requests.
                "--Projections:RunDaemon=false"]);
            return new BenchmarkServer(app, new Uri($"{url}/graphql"), database, temporaryFolder);
        }
        catch
        {
            DeleteFolder(temporaryFolder);
            throw;
        }
    }

    /// <summary>Starts the server, which loads the demo data set before it takes requests, and tells what the load wrote.</summary>
    public Task<DemoLoad> StartAsync(CancellationToken ct) =>
        DemoLoad.MeasureAsync(_app.Services.GetRequiredService<NpgsqlDataSource>(), () => _app.StartAsync(ct));

    /// <summary>Stops the server and its private PostgreSQL, keeping the data until <see cref="DisposeAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _app.StopAsync();
        // The database stops with the host, but only with one that was started: a run stopped during the load never was.
        await _app.Services.GetRequiredService<ServerDatabase>().DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        DeleteFolder(_temporaryFolder);
    }

    private static void DeleteFolder(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
