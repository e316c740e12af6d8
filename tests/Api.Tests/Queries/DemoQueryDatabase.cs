using System.Text.Json;
using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.GraphQL.DataLoading;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Api.Tests.Queries;

/// <summary>
/// The North Jutland demo data imported into a store configured with the read models,
/// the async projections caught up, and the follow-up schema executed over the readers as the server registers them.
/// The clock starts at <see cref="TestClock.Origin"/>, so the follow-up is assessed on that day, not on the demo data's
/// <see cref="DemoDataGenerator.AsOf"/>.
/// </summary>
public sealed class DemoQueryDatabase : IAsyncLifetime
{
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;
    private ServiceProvider? _services;
    private readonly GraphQLExecutor _executor = new(FollowUpSchema.Build());
    private readonly FakeTimeProvider _clock = TestClock.Start();

    /// <summary>The day the follow-up is assessed on.</summary>
    public DateOnly Today => ReadModels.Today.On(_clock);

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        var store = new StreamStore(_dataSource, ReadModelProjections.AddTo(AgreementEventStore.CreateOptions(_clock)));
        await store.InitializeAsync();
        await DemoImport.AppendAsync(store, DemoDataGenerator.NorthJutland());
        await using (var daemon = store.CreateDaemon())
        {
            await daemon.StartAsync();
            await daemon.WaitForNonStaleAsync(TimeSpan.FromMinutes(2));
        }

        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton(new AgreementReader(_dataSource))
            .AddSingleton(new OrganisationReader(_dataSource))
            .AddSingleton(new PortfolioReader(_dataSource))
            .AddSingleton(new TimelineReader(_dataSource))
            .BuildServiceProvider();
    }

    /// <summary>Runs a query document; the result's JSON ("data" and "errors") as a document.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, DataLoaderRegistry? dataLoaders = null)
    {
        var result = await _executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables) },
            new ExecutionOptions { Services = _services, DataLoaders = dataLoaders });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
        if (_connectionString is not null)
            await PostgresTestCluster.DropDatabaseAsync(_connectionString);
    }
}
