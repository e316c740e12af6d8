using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.TestSupport;

namespace AgreementTracker.FaultSoak.Cluster;

/// <summary>
/// One server node: a fixed address, and the server process behind it while it runs. Killed and started again, it
/// comes back on the same address, so the clients' view of the cluster never changes.
/// </summary>
internal sealed class ServerNode(string name, string connectionString, IReadOnlyList<string> options) : IAsyncDisposable
{
    private ServerProcess? _process;

    public string Name { get; } = name;

    public Uri Url { get; } = new($"http://127.0.0.1:{FreeLoopbackPort.Find()}");

    public bool IsUp => _process is { HasExited: false };

    /// <summary>The process ended without being killed: the server stopped by itself.</summary>
    public bool ExitedByItself => _process is { HasExited: true };

    /// <summary>The end of what the running or last process wrote.</summary>
    public string LastOutput => _process?.Output ?? Output.LastOrDefault() ?? "";

    /// <summary>What the node's processes wrote, the killed ones' included, for a failure to show.</summary>
    public List<string> Output { get; } = [];

    /// <summary>Starts the server with its options and, only this time, <paramref name="firstStartOnly"/> (loading the demo data).</summary>
    public async Task StartAsync(IReadOnlyList<string> firstStartOnly, TimeSpan patience)
    {
        _process = await ServerProcess.StartAsync(connectionString, Url.ToString().TrimEnd('/'), [.. options, .. firstStartOnly], patience, signIn: false);
    }

    public async Task KillAsync()
    {
        if (_process is not { } process)
            return;
        _process = null;
        await process.KillAsync();
        Output.Add(process.Output);
        await process.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
