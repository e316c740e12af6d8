using System.Globalization;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.TestSupport;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;
using Wolverine.Tracking;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The real server on a fresh database (<see cref="ServerHost"/>) with three organisations registered, and BRN staff
/// acting through GraphQL inside Wolverine's tracked sessions, so a test sees what each change scheduled and can make it
/// fire. Wolverine fires a deadline by the wall clock; the handlers judge "today" by the server's test clock, so a test
/// moves that clock to the deadline's day before firing it.
/// </summary>
public sealed class DeadlineWorld : IAsyncDisposable
{
    /// <summary>How long a tracked session may wait for the work it tracks: a guard against a hang, not a measure.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Wolverine's inbox: the deadlines waiting for their time, and those handled.</summary>
    public const string Inbox = $"{EventStoreServices.MessagingSchema}.wolverine_incoming_envelopes";

    /// <summary>Wolverine's dead letters: messages whose handler failed, kept for an operator to look into and replay.</summary>
    public const string DeadLetters = $"{EventStoreServices.MessagingSchema}.wolverine_dead_letters";

    private DeadlineWorld(ServerHost host, string brn, string aalborg, string energyCluster)
    {
        Host = host;
        Database = NpgsqlDataSource.Create(host.ConnectionString);
        Brn = brn;
        Aalborg = aalborg;
        EnergyCluster = energyCluster;
    }

    public ServerHost Host { get; }

    /// <summary>The server's database, for what a test checks or does there itself.</summary>
    public NpgsqlDataSource Database { get; }
    public string Brn { get; }
    public string Aalborg { get; }
    public string EnergyCluster { get; }
    public DateOnly Today => Host.Today;

    public static async Task<DeadlineWorld> StartAsync(PostgresDatabaseFixture database) => await WithOrganisationsAsync(await ServerHost.StartAsync(database));

    /// <summary>Business Region North Denmark, Aalborg Kommune and Energy Cluster Denmark, registered on <paramref name="host"/>.</summary>
    public static async Task<DeadlineWorld> WithOrganisationsAsync(ServerHost host)
    {
        async Task<string> RegisterAsync(string name, string kind) =>
            (await host.GraphQLAsync("mutation($name: String!, $kind: OrganisationKind!) { registerOrganisation(input: { name: $name, kind: $kind }) { createdId } }",
                new { name, kind })).ShouldSucceed().String("registerOrganisation.createdId")!;
        return new DeadlineWorld(host,
            await RegisterAsync("Business Region North Denmark", "BUSINESS_REGION"),
            await RegisterAsync("Aalborg Kommune", "MUNICIPALITY"),
            await RegisterAsync("Energy Cluster Denmark", "NATIONAL_CLUSTER"));
    }

    /// <summary>What the user's actions caused in Wolverine, once all of it has run: among it, the deadlines they scheduled.</summary>
    public Task<ITrackedSession> TrackAsync(Func<Task> actions)
    {
        Func<IMessageContext, Task> act = _ => actions();
        return Host.Alba.TrackActivity().Timeout(Patience).ExecuteAndWaitAsync(act);
    }

    /// <summary>An action that creates something (an agreement, an invoice), tracked: the new id, and what it scheduled.</summary>
    public async Task<(string Id, ITrackedSession Tracked)> TrackCreationAsync(Func<Task<string>> creates)
    {
        string? id = null;
        var tracked = await TrackAsync(async () => { id = await creates(); });
        return (id!, tracked);
    }

    /// <summary>One mutation, which must succeed.</summary>
    public async Task<GraphQLResponse> ChangeAsync(string mutation, object variables) => (await Host.GraphQLAsync(mutation, variables)).ShouldSucceed();

    /// <summary>
    /// An agreement of BRN (coordinator), Aalborg Kommune (co-financier) and Energy Cluster Denmark (partner), drafted and
    /// signed by all three today, and the tracked session of doing so (drafting schedules the end's reminder and expiry).
    /// </summary>
    public Task<(string Id, ITrackedSession Tracked)> SignedAgreementAsync(string title, DateOnly start, DateOnly end) =>
        TrackCreationAsync(async () =>
        {
            var id = await DraftAsync(title, start, end);
            foreach (var party in new[] { Brn, Aalborg, EnergyCluster })
                await SignAsync(id, party);
            return id;
        });

    public async Task<string> DraftAsync(string title, DateOnly start, DateOnly end) => (await ChangeAsync("""
        mutation($title: String!, $start: Date!, $end: Date!, $brn: ID!, $aalborg: ID!, $cluster: ID!) {
          draftAgreement(input: {
            title: $title, kind: FRAMEWORK_AGREEMENT, purpose: "Fælles indsats for grøn energi", start: $start, end: $end,
            strengthArea: "Energi", targetGroups: [INNOVATION_ACTIVE_SMES], geographicScope: "Nordjylland",
            parties: [{ organisationId: $brn, role: COORDINATOR }, { organisationId: $aalborg, role: CO_FINANCIER },
                      { organisationId: $cluster, role: PARTNER }]
          }) { createdId }
        }
        """, new { title, start, end, brn = Brn, aalborg = Aalborg, cluster = EnergyCluster })).String("draftAgreement.createdId")!;

    public Task<GraphQLResponse> SignAsync(string agreement, string party) => ChangeAsync("""
        mutation($agreement: ID!, $party: ID!, $on: Date!) { signAgreement(input: { agreementId: $agreement, organisationId: $party, signedOn: $on }) { repeated } }
        """, new { agreement, party, on = Today });

    /// <summary>Moves the server's clock on to midnight UTC of <paramref name="day"/>, when Wolverine fires the deadlines due that day.</summary>
    public void MoveTo(DateOnly day)
    {
        if (day > Today)
            Host.MoveClockTo(day, hour: 0);
    }

    /// <summary>Wolverine's replay of what <paramref name="scheduledBy"/> scheduled, on <paramref name="day"/>'s clock.</summary>
    public Task<ITrackedSession> PlayOnAsync(ITrackedSession scheduledBy, DateOnly day)
    {
        MoveTo(day);
        return scheduledBy.PlayScheduledMessagesAsync(Patience);
    }

    /// <summary>One deadline handled as Wolverine handles it when its day comes, on that day's clock.</summary>
    public Task<ITrackedSession> FireOnItsDayAsync(IDeadlinePayload deadline)
    {
        MoveTo(deadline.Deadline);
        Func<IMessageContext, Task> fire = context => context.InvokeAsync(deadline);
        return Host.Alba.TrackActivity().Timeout(Patience).ExecuteAndWaitAsync(fire);
    }

    /// <summary>
    /// Wolverine delivering deadlines from its inbox itself, as when their time comes: their due time set to the
    /// database's now (the wall clock Wolverine's scheduler goes by), handled or not before (a node that lost the mark
    /// of having handled one), and waited for until each has run on this node or <paramref name="otherNodes"/>.
    /// </summary>
    public Task<ITrackedSession> DeliverFromInboxAsync(IReadOnlyCollection<Guid> envelopes, params ServerHost[] otherNodes) =>
        DeliverFromInboxAsync(envelopes, session => session, otherNodes);

    /// <inheritdoc cref="DeliverFromInboxAsync(IReadOnlyCollection{Guid}, ServerHost[])"/>
    public Task<ITrackedSession> DeliverFromInboxAsync(
        IReadOnlyCollection<Guid> envelopes, Func<TrackedSessionConfiguration, TrackedSessionConfiguration> configure, params ServerHost[] otherNodes)
    {
        var session = configure(Host.Alba.TrackActivity().Timeout(Patience).WaitForExecutionOf<IDeadlinePayload>(envelopes.Count));
        foreach (var node in otherNodes)
            session = session.AlsoTrack(node.Alba);
        Func<IMessageContext, Task> due = _ => Database.ExecuteAsync(
            $"UPDATE {Inbox} SET status = 'Scheduled', owner_id = 0, execution_time = now() WHERE id = ANY($1)", envelopes.ToArray());
        return session.ExecuteAndWaitAsync(due);
    }

    /// <summary>Waits until Wolverine has handled every deadline in its inbox that is due by the wall clock.</summary>
    public Task DueDeadlinesHandledAsync() => UntilAsync(async () =>
        await Database.ScalarAsync<long>($"SELECT count(*) FROM {Inbox} WHERE status = 'Incoming' OR (status = 'Scheduled' AND execution_time <= now())") == 0);

    /// <summary>Waits until <paramref name="condition"/> holds, asking again and again: for what no tracked session sees.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var hangGuard = new CancellationTokenSource(Patience);
        while (!await condition())
            await Task.Delay(TimeSpan.FromMilliseconds(200), hangGuard.Token);
    }

    /// <summary>The deadlines waiting in Wolverine's inbox, earliest first: their kind and when they fall due.</summary>
    public async Task<IReadOnlyList<(string Kind, DateTimeOffset DueAt)>> WaitingDeadlinesAsync()
    {
        await using var command = Database.CreateCommand(
            $"SELECT message_type, execution_time FROM {Inbox} WHERE status = 'Scheduled' ORDER BY execution_time, message_type");
        var waiting = new List<(string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            waiting.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        return waiting;
    }

    /// <summary>The agreement's notifications as the API serves them, newest first.</summary>
    public async Task<IReadOnlyList<NotificationSeen>> NotificationsOfAsync(string agreement) =>
        (await Host.GraphQLAsync("""
            query($agreement: ID!) { notifications(agreementId: $agreement, first: 500) { id kind message organisations { id } dueAt createdAt } }
            """, new { agreement })).ShouldSucceed().At("notifications").EnumerateArray().Select(NotificationSeen.Of).ToList();

    /// <summary>The agreement's events as Marten stores them.</summary>
    public async Task<IReadOnlyList<IEvent>> EventsOfAsync(string agreement)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(Guid.Parse(agreement));
    }

    /// <summary>A day as the notifications write it: "31-12-2026".</summary>
    public static string DanishDate(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await Host.DisposeAsync();
    }
}
