using AgreementTracker.Identity.Users;
using AgreementTracker.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AgreementTracker.FaultSoak.Cluster;

/// <summary>
/// The PostgreSQL and the two server nodes on it, started with the demo data loaded once (by the first node), and the
/// BRN staff member the clients act as, with a token both nodes take: behind one address, as nodes behind a load
/// balancer are, they share one issuer.
/// </summary>
internal sealed class SoakCluster : IAsyncDisposable
{
    private const string Issuer = "http://soak.agreementtracker.test/";
    private static readonly TestUser User = new("soak.koordinator", "Sofie Soak", Roles.Coordinator);
    private static readonly TimeSpan RestartPatience = TimeSpan.FromMinutes(2);

    private SoakCluster(SoakDatabase database, IReadOnlyList<ServerNode> nodes)
    {
        Database = database;
        Nodes = nodes;
    }

    public SoakDatabase Database { get; }
    public IReadOnlyList<ServerNode> Nodes { get; }

    /// <summary>The clients' bearer token.</summary>
    public string Token { get; private set; } = "";

    /// <summary>Who the clients' changes are recorded as: the subject of <see cref="Token"/>.</summary>
    public string Actor => new JsonWebToken(Token).Subject;

    public static async Task<SoakCluster> StartAsync(SoakOptions options, Action<string> log)
    {
        var database = await SoakDatabase.StartAsync();
        string[] serverOptions = [$"--Auth:Issuer={Issuer}", "--Logging:LogLevel:Default=Warning"];
        var nodes = new[] { new ServerNode("A", database.ConnectionString, serverOptions), new ServerNode("B", database.ConnectionString, serverOptions) };
        var cluster = new SoakCluster(database, nodes);
        try
        {
            string[] demo = options.DemoAgreements is { } agreements ? [$"--Demo:Agreements={agreements}"] : ["--demo"];
            log($"Starting node A, which loads the demo data ({(options.DemoAgreements is { } n ? $"{n} agreements" : "North Jutland")}) ...");
            var loading = System.Diagnostics.Stopwatch.StartNew();
            await nodes[0].StartAsync(demo, TimeSpan.FromMinutes(30));
            log($"Node A answers on {nodes[0].Url} after {loading.Elapsed.TotalSeconds:N0} s; starting node B ...");
            await nodes[1].StartAsync([], RestartPatience);
            log($"Node B answers on {nodes[1].Url}.");
            cluster.Token = await TestUsers.TokenForProcessAsync(database.ConnectionString, Issuer, User);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public Task RestartAsync(ServerNode node) => node.StartAsync([], RestartPatience);

    /// <summary>Both nodes stopped (killed: the soak needs nothing of a clean shutdown), the database left running.</summary>
    public async Task StopNodesAsync()
    {
        foreach (var node in Nodes)
            await node.KillAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopNodesAsync();
        await Database.DisposeAsync();
    }
}
