using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Commands.Tests;

/// <summary>A fresh database per test with the application's store, two registered organisations and handlers on the test clock.</summary>
public sealed class CommandsFixture : IAsyncDisposable
{
    public static readonly OrganisationId Aalborg = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-000000000001"));
    public static readonly OrganisationId EnergyCluster = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-000000000002"));

    private CommandsFixture(NpgsqlDataSource dataSource, StreamStore store, FakeTimeProvider clock)
    {
        DataSource = dataSource;
        Store = store;
        Clock = clock;
        Agreements = new AgreementCommandHandler(store, clock);
        Organisations = new OrganisationCommandHandler(store, clock);
    }

    public NpgsqlDataSource DataSource { get; }
    public StreamStore Store { get; }
    public FakeTimeProvider Clock { get; }
    public AgreementCommandHandler Agreements { get; }
    public OrganisationCommandHandler Organisations { get; }

    public static async Task<CommandsFixture> StartAsync(PostgresDatabaseFixture database)
    {
        var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        var clock = TestClock.Start();
        var store = new StreamStore(dataSource, AgreementEventStore.CreateOptions(clock));
        await store.InitializeAsync();
        var fixture = new CommandsFixture(dataSource, store, clock);
        var staff = new CommandRequest("anna@brn.dk");
        await fixture.Organisations.HandleAsync(new RegisterOrganisation(Aalborg, "Aalborg Kommune", OrganisationKind.Municipality, null), staff);
        await fixture.Organisations.HandleAsync(new RegisterOrganisation(EnergyCluster, "Energy Cluster Denmark", OrganisationKind.NationalCluster, null), staff);
        return fixture;
    }

    public static DraftAgreement Draft(AgreementId id) => new(
        id, "Grøn omstilling i Aalborg", AgreementKind.ProjectAgreement, "Flere virksomheder i gang med grøn omstilling",
        new DatePeriod(TestClock.Today.AddMonths(-2), TestClock.Today.AddYears(3)), "Energi", [TargetGroup.SmesNotYetInnovating], "Aalborg Kommune");

    public async Task<long> EventCountAsync()
    {
        await using var command = DataSource.CreateCommand("SELECT count(*) FROM eventstore.events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
