using System.Text.Json;
using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Access;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.GraphQL.DataLoading;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;
using AgreementTracker.TestSupport;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Api.Tests.Queries;

/// <summary>
/// The North Jutland demo data imported into a Marten store configured as the server configures it (the read models
/// inline, the audit timeline caught up by a daemon run here), and the follow-up schema executed over the readers as
/// the server registers them. The clock starts at <see cref="TestClock.Origin"/>, so the follow-up is assessed on
/// that day, not on the demo data's <see cref="DemoDataGenerator.AsOf"/>.
/// </summary>
public sealed class DemoQueryDatabase : IAsyncLifetime
{
    /// <summary>Only how long a stuck daemon may hang the tests; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private string? _connectionString;
    private ServiceProvider? _services;
    private readonly GraphQLExecutor _executor = new(FollowUpSchema.Build());
    private readonly FakeTimeProvider _clock = TestClock.Start();

    /// <summary>The day the follow-up is assessed on.</summary>
    public DateOnly Today => ReadModels.Today.On(_clock);

    public async Task InitializeAsync()
    {
        var connectionString = _connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton(_ => NpgsqlDataSource.Create(connectionString))
            .AddSingleton<IDocumentStore>(provider => DocumentStore.For(options =>
            {
                options.Connection(provider.GetRequiredService<NpgsqlDataSource>());
                options.ConfigureAgreements(_clock).AddAuditTimeline();
            }))
            .AddSingleton<AgreementReader>()
            .AddSingleton<OrganisationReader>()
            .AddSingleton<PortfolioReader>()
            .AddSingleton<TimelineReader>()
            .BuildServiceProvider();
        var store = _services.GetRequiredService<IDocumentStore>();
        await store.ApplySchemaAsync(_services.GetRequiredService<NpgsqlDataSource>());
        await DemoHistoryImport.ImportAsync(store, DemoDataGenerator.NorthJutland());
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await daemon.WaitForNonStaleData(Patience);
        await daemon.StopAllAsync();
    }

    /// <summary>Appends events to an agreement's stream, as a command would, for a test that needs a state the demo data lacks.</summary>
    public async Task AppendAsync(Guid agreement, params object[] events)
    {
        await using var session = _services!.GetRequiredService<IDocumentStore>().LightweightSession();
        var stream = await session.Events.FetchForWriting<AgreementState>(agreement);
        stream.AppendMany(events);
        await session.SaveChangesAsync();
    }

    /// <summary>The queries read as BRN staff, who see everything.</summary>
    private static readonly ApiCaller Coordinator = new("test.koordinator", "Tove Testkoordinator", null, new AccessRights(AccessRole.Coordinator, null), "demo-queries");

    /// <summary>Runs a query document; the result's JSON ("data" and "errors") as a document.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, DataLoaderRegistry? dataLoaders = null)
    {
        var result = await _executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables) },
            new ExecutionOptions { Services = _services, DataLoaders = dataLoaders, UserContext = Coordinator });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        if (_connectionString is not null)
            await PostgresTestCluster.DropDatabaseAsync(_connectionString);
    }
}
