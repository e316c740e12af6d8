using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Commands.Tests.CommandsFixture;

namespace AgreementTracker.Commands.Tests;

public sealed class AgreementCommandHandlerTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly CommandRequest Staff = new("anna@brn.dk") { CorrelationId = "req-1" };

    [Fact]
    public async Task Appends_the_decided_events_with_who_why_and_the_correlation_id_and_returns_the_new_state()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());

        await fixture.Agreements.HandleAsync(Draft(id), Staff);
        var result = await fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), Staff with { Reason = "Kommunen går med" });

        Assert.False(result.Repeated);
        Assert.Equal(2, result.Version);
        Assert.Single(result.State.Parties);
        var added = Assert.Single(result.Events);
        Assert.IsType<PartyAdded>(added.Data);
        Assert.Equal("anna@brn.dk", added.Metadata.Actor);
        Assert.Equal("Kommunen går med", added.Metadata.Reason);
        Assert.Equal("req-1", added.Metadata.CorrelationId);
    }

    [Fact]
    public async Task A_refused_command_names_the_problem_and_writes_nothing()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(id), Staff);
        await fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), Staff);
        var before = await fixture.EventCountAsync();

        var refused = await Assert.ThrowsAsync<CommandRefusedException>(() => fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), Staff));

        Assert.Equal("already_a_party", refused.Error.Code);
        Assert.Contains("Aalborg Kommune", refused.Message);
        Assert.Equal(before, await fixture.EventCountAsync());
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_writes_nothing()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(id), Staff);
        await fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), Staff);
        var before = await fixture.EventCountAsync();

        var conflict = await Assert.ThrowsAsync<CommandConflictException>(() =>
            fixture.Agreements.HandleAsync(new AddParty(id, EnergyCluster, PartyRole.Partner), Staff with { ExpectedVersion = 1 }));

        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Contains("expected version 1", conflict.Message);
        Assert.Equal(before, await fixture.EventCountAsync());
    }

    [Fact]
    public async Task Concurrent_writers_without_an_expected_version_are_decided_again_and_all_succeed()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(id), Staff);
        var meetings = Enumerable.Range(1, 3).Select(i => new ScheduleMeeting(
            id, new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, $"Koordinationsmøde {i}", TestClock.Today.AddMonths(1).AddDays(i))).ToList();

        var results = await Task.WhenAll(meetings.Select(m => fixture.Agreements.HandleAsync(m, Staff)));

        Assert.Equal([2L, 3L, 4L], results.Select(r => r.Version).Order());
        var state = await fixture.Store.AggregateStreamAsync<AgreementState?>(id.Value);
        Assert.Equal(3, state!.Meetings.Count);
    }

    [Fact]
    public async Task Repeating_an_idempotency_key_returns_the_first_result_and_writes_nothing()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(id), Staff);
        var addAalborg = Staff with { IdempotencyKey = "add-aalborg" };

        var first = await fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), addAalborg);
        await fixture.Agreements.HandleAsync(new AddParty(id, EnergyCluster, PartyRole.Partner), Staff);
        var before = await fixture.EventCountAsync();
        var repeat = await fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), addAalborg);

        Assert.True(repeat.Repeated);
        Assert.Equal(first.Version, repeat.Version);
        Assert.Equal(first.Events.Select(e => e.Sequence), repeat.Events.Select(e => e.Sequence));
        Assert.Single(repeat.State.Parties);
        Assert.Equal(before, await fixture.EventCountAsync());
    }

    [Fact]
    public async Task The_same_key_from_two_callers_is_two_commands()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(id), Staff);

        await fixture.Agreements.HandleAsync(new AddParty(id, Aalborg, PartyRole.Partner), Staff with { IdempotencyKey = "party" });
        var other = await fixture.Agreements.HandleAsync(new AddParty(id, EnergyCluster, PartyRole.Partner), new CommandRequest("bo@brn.dk") { IdempotencyKey = "party" });

        Assert.False(other.Repeated);
        Assert.Equal(2, other.State.Parties.Count);
    }

    [Fact]
    public async Task A_key_used_for_another_agreement_is_refused_as_a_conflict()
    {
        await using var fixture = await StartAsync(database);
        var first = new AgreementId(Guid.NewGuid());
        var second = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(first), Staff with { IdempotencyKey = "draft" });

        var conflict = await Assert.ThrowsAsync<CommandConflictException>(() => fixture.Agreements.HandleAsync(Draft(second), Staff with { IdempotencyKey = "draft" }));

        Assert.Contains("idempotency key", conflict.Message);
        Assert.Null(await fixture.Store.AggregateStreamAsync<AgreementState?>(second.Value));
    }

    [Fact]
    public async Task A_message_id_as_command_id_makes_a_redelivered_deadline_a_no_op()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        await fixture.Agreements.HandleAsync(Draft(id), Staff);
        var delivery = new CommandRequest("system:deadlines") { CommandId = Guid.NewGuid() };
        var meeting = new ScheduleMeeting(id, new MeetingId(Guid.NewGuid()), MeetingKind.Status, "Statusmøde", TestClock.Today.AddMonths(2));

        await fixture.Agreements.HandleAsync(meeting, delivery);
        var again = await fixture.Agreements.HandleAsync(meeting, delivery);

        Assert.True(again.Repeated);
        Assert.Single((await fixture.Store.AggregateStreamAsync<AgreementState?>(id.Value))!.Meetings);
    }

    [Fact]
    public async Task Several_commands_as_one_change_are_decided_in_turn_and_written_together_or_not_at_all()
    {
        await using var fixture = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        var before = await fixture.EventCountAsync();

        var refused = await Assert.ThrowsAsync<CommandRefusedException>(() => fixture.Agreements.HandleAsync(
            [Draft(id), new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, Aalborg, PartyRole.Host)], Staff));
        var written = await fixture.Agreements.HandleAsync([Draft(id), new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, EnergyCluster, PartyRole.Partner)], Staff);

        Assert.Equal("already_a_party", refused.Error.Code);
        Assert.Equal(before + 3, await fixture.EventCountAsync());
        Assert.Equal(3, written.Version);
        Assert.Equal(2, written.State.Parties.Count);
    }
}
