using AgreementTracker.Agreements.Access;
using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.TestSupport;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>
/// The server on a fresh database with Aalborg Kommune and Energy Cluster Denmark registered. Changes are invoked on its
/// message bus as the API's mutations invoke them, and what they wrote is read back from Marten's and Wolverine's tables.
/// </summary>
public sealed class ChangeServer : IAsyncDisposable
{
    public static readonly OrganisationId Aalborg = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-000000000001"));
    public static readonly OrganisationId EnergyCluster = new(Guid.Parse("0e1c53e4-6d1f-4f5e-8a5e-000000000002"));
    public static readonly CommandRequest Staff = new("anna@brn.dk", new AccessRights(AccessRole.Coordinator, null)) { CorrelationId = "req-1" };

    private ChangeServer(ServerHost host) => Host = host;

    public ServerHost Host { get; }
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public static async Task<ChangeServer> StartAsync(PostgresDatabaseFixture database)
    {
        var server = new ChangeServer(await ServerHost.StartAsync(database));
        await server.ChangeAsync(Staff, new RegisterOrganisation(Aalborg, "Aalborg Kommune", OrganisationKind.Municipality, null));
        await server.ChangeAsync(Staff, new RegisterOrganisation(EnergyCluster, "Energy Cluster Denmark", OrganisationKind.NationalCluster, null));
        return server;
    }

    /// <summary>A project agreement running from two months ago to three years ahead: drafting it schedules its end's deadlines.</summary>
    public static DraftAgreement Draft(AgreementId id) => new(
        id, "Grøn omstilling i Aalborg", AgreementKind.ProjectAgreement, "Flere virksomheder i gang med grøn omstilling",
        new DatePeriod(TestClock.Today.AddMonths(-2), TestClock.Today.AddYears(3)), "Energi", [TargetGroup.SmesNotYetInnovating], "Aalborg Kommune");

    public static ScheduleMeeting Meeting(AgreementId id, int number) => new(
        id, new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, $"Koordinationsmøde {number}", TestClock.Today.AddMonths(1).AddDays(number));

    public Task<StreamChange<AgreementState>> ChangeAsync(CommandRequest request, params IAgreementCommand[] commands) =>
        Host.Services.GetRequiredService<IMessageBus>().InvokeAsync<StreamChange<AgreementState>>(
            new ChangeAgreement(commands[0].AgreementId, commands, request));

    public Task<StreamChange<OrganisationState>> ChangeAsync(CommandRequest request, params IOrganisationCommand[] commands) =>
        Host.Services.GetRequiredService<IMessageBus>().InvokeAsync<StreamChange<OrganisationState>>(
            new ChangeOrganisation(commands[0].OrganisationId, commands, request));

    /// <summary>A drafted agreement (version 1).</summary>
    public async Task<AgreementId> DraftedAsync()
    {
        var id = new AgreementId(Guid.NewGuid());
        await ChangeAsync(Staff, Draft(id));
        return id;
    }

    public async Task<IReadOnlyList<IEvent>> EventsOfAsync(Guid streamId)
    {
        await using var session = Store.QuerySession();
        return await session.Events.FetchStreamAsync(streamId);
    }

    /// <summary>Everything a change can write, counted: events, idempotency receipts, and deadlines scheduled in Wolverine's store.</summary>
    public async Task<Written> WrittenAsync()
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        return new Written(
            await CountAsync(connection, "SELECT count(*) FROM events.mt_events"),
            await CountAsync(connection, "SELECT count(*) FROM events.mt_doc_commandreceipt"),
            await CountAsync(connection, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Scheduled'"));
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    public sealed record Written(long Events, long Receipts, long ScheduledMessages);
}
