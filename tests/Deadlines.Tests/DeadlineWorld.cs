using System.Globalization;
using AgreementTracker.Commands;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.Messaging;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// One test's own database with the server's store configuration and the deadline schedule, three organisations,
/// a clock that starts at <see cref="TestClock.Origin"/> and that the test moves on, and the commands and message
/// runners a test needs. Each test gets a fresh database, because a runner handles every due message in it.
/// </summary>
public sealed class DeadlineWorld : IAsyncDisposable
{
    public static readonly OrganisationId Brn = new(Guid.Parse("0b5c0000-0000-4000-8000-000000000001"));
    public static readonly OrganisationId Aalborg = new(Guid.Parse("0b5c0000-0000-4000-8000-000000000002"));
    public static readonly OrganisationId EnergyCluster = new(Guid.Parse("0b5c0000-0000-4000-8000-000000000003"));

    private readonly string _connectionString;

    private DeadlineWorld(string connectionString, StreamStore store, FakeTimeProvider clock)
    {
        _connectionString = connectionString;
        Store = store;
        Clock = clock;
        Notifications = new NotificationReader(store.DataSource);
    }

    public StreamStore Store { get; }
    public FakeTimeProvider Clock { get; }
    public NotificationReader Notifications { get; }
    public NpgsqlDataSource DataSource => Store.DataSource;

    /// <summary>The clock's day, as the deadlines count days.</summary>
    public DateOnly Today => DeadlineCalendar.Today(Clock);

    public static async Task<DeadlineWorld> CreateAsync(PostgresDatabaseFixture fixture)
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        var clock = TestClock.Start();
        var store = new StreamStore(NpgsqlDataSource.Create(connectionString), DeadlineSchedule.AddTo(AgreementEventStore.CreateOptions(clock)));
        await store.InitializeAsync();
        var world = new DeadlineWorld(connectionString, store, clock);
        var organisations = new OrganisationCommandHandler(store, world.Clock);
        foreach (var (id, name, kind) in new[]
                 {
                     (Brn, "Business Region North Denmark", OrganisationKind.BusinessRegion),
                     (Aalborg, "Aalborg Kommune", OrganisationKind.Municipality),
                     (EnergyCluster, "Energy Cluster Denmark", OrganisationKind.NationalCluster),
                 })
            await organisations.HandleAsync(new RegisterOrganisation(id, name, kind, null), new CommandRequest("test"));
        return world;
    }

    /// <summary>Moves the clock on to the given day, at the time of day it started at.</summary>
    public void AdvanceTo(DateOnly day) => Clock.Advance(TimeSpan.FromDays(day.DayNumber - Today.DayNumber));

    /// <summary>A day as the notifications write it: "31-12-2026".</summary>
    public static string DanishDate(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public Task<CommandResult<AgreementState>> RunAsync(params IAgreementCommand[] commands) =>
        new AgreementCommandHandler(Store, Clock).HandleAsync(commands, new CommandRequest("anna@brn.dk"));

    /// <summary>An agreement of BRN (coordinator), Aalborg Kommune (co-financier) and Energy Cluster Denmark, drafted and signed by all today.</summary>
    public async Task<AgreementId> SignedAgreementAsync(string title, DateOnly start, DateOnly end)
    {
        var id = new AgreementId(Guid.NewGuid());
        await RunAsync(
            new DraftAgreement(id, title, AgreementKind.FrameworkAgreement, "Fælles indsats for grøn energi", new DatePeriod(start, end),
                "Energi", [TargetGroup.InnovationActiveSmes], "Nordjylland"),
            new AddParty(id, Brn, PartyRole.Coordinator),
            new AddParty(id, Aalborg, PartyRole.CoFinancier),
            new AddParty(id, EnergyCluster, PartyRole.Partner));
        await RunAsync(new SignAgreement(id, Brn, Today), new SignAgreement(id, Aalborg, Today), new SignAgreement(id, EnergyCluster, Today));
        return id;
    }

    public MessageRunner Runner(string node = "node-a", int batchSize = 20, MessageHandlers? handlers = null) =>
        new(DataSource,
            handlers ?? DeadlineHandlers.Register(new MessageHandlers(), Store, Clock, NullLogger.Instance),
            new MessageRunnerOptions { NodeName = node, BatchSize = batchSize, MaxAttempts = 3 },
            Clock,
            NullLogger<MessageRunner>.Instance);

    /// <summary>Handles every message due by the clock's now.</summary>
    public async Task RunDueDeadlinesAsync(MessageRunner? runner = null)
    {
        runner ??= Runner();
        while (await runner.RunDueAsync() > 0)
        {
        }
    }

    /// <summary>Runs the deadlines due on <paramref name="quietOn"/> (nothing may be said yet), then on <paramref name="notifiedOn"/>: the one notification.</summary>
    public async Task<Notification> NotifiedOnlyOnAsync(AgreementId agreement, DateOnly quietOn, DateOnly notifiedOn)
    {
        AdvanceTo(quietOn);
        await RunDueDeadlinesAsync();
        Assert.Empty(await NotificationsOfAsync(agreement));
        AdvanceTo(notifiedOn);
        await RunDueDeadlinesAsync();
        return Assert.Single(await NotificationsOfAsync(agreement));
    }

    public Task<IReadOnlyList<Notification>> NotificationsOfAsync(AgreementId agreement) => Notifications.ForAgreementAsync(agreement, NotificationReader.MaxLimit);

    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>When the queued messages of one kind fall due, earliest first.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> DueTimesAsync(string kind)
    {
        await using var command = DataSource.CreateCommand("SELECT due_at FROM messaging.messages WHERE kind = $1 ORDER BY due_at");
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        var due = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            due.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return due;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DataSource.DisposeAsync();
        await PostgresTestCluster.DropDatabaseAsync(_connectionString);
    }
}
