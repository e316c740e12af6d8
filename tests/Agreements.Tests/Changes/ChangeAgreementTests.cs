using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.TestSupport;
using static AgreementTracker.Agreements.Tests.Changes.ChangeServer;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>
/// A change to an agreement through Wolverine's handler in the server's host: its events appended together with who, why
/// and the request they came from, or, refused or out of date, nothing written at all.
/// </summary>
public sealed class ChangeAgreementTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Every_appended_event_carries_the_actor_the_reason_and_the_correlation_id_and_the_answer_is_the_new_state()
    {
        await using var server = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        var request = Staff with { Reason = "Kommunen går med", CausationId = "mutation-7" };

        var change = await server.ChangeAsync(request, Draft(id), new AddParty(id, Aalborg, PartyRole.Partner));

        Assert.Equal((id.Value, 0L, 2L, false), (change.StreamId, change.PreviousVersion, change.Version, change.Repeated));
        Assert.Equal([Aalborg], change.State.Parties.Select(p => p.Organisation));
        var events = await server.EventsOfAsync(id.Value);
        Assert.Equal([typeof(AgreementDrafted), typeof(PartyAdded)], events.Select(e => e.Data.GetType()));
        Assert.All(events, e =>
        {
            Assert.Equal("anna@brn.dk", e.UserName);
            Assert.Equal("Kommunen går med", e.GetHeader(AuditedEvent.ReasonHeader)?.ToString());
            Assert.Equal(("req-1", "mutation-7"), (e.CorrelationId, e.CausationId));
        });
    }

    [Fact]
    public async Task A_refused_command_says_why_in_the_domains_terms_and_writes_nothing()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        await server.ChangeAsync(Staff, new AddParty(id, Aalborg, PartyRole.Partner));
        var before = await server.WrittenAsync();

        var refused = await Assert.ThrowsAsync<CommandRefusedException>(() =>
            server.ChangeAsync(Staff with { IdempotencyKey = "aalborg-igen", Reason = "Igen" }, new AddParty(id, Aalborg, PartyRole.Host)));

        Assert.Equal("already_a_party", refused.Error.Code);
        Assert.Contains("Aalborg Kommune", refused.Message);
        Assert.Equal(before, await server.WrittenAsync());
    }

    [Fact]
    public async Task Several_commands_in_one_change_are_decided_in_turn_and_appended_together_or_none_when_one_is_refused()
    {
        await using var server = await StartAsync(database);
        var id = new AgreementId(Guid.NewGuid());
        var before = await server.WrittenAsync();

        var refused = await Assert.ThrowsAsync<CommandRefusedException>(() => server.ChangeAsync(
            Staff with { IdempotencyKey = "udkast" }, Draft(id), new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, Aalborg, PartyRole.Host)));
        var afterRefusal = await server.WrittenAsync();
        var streamAfterRefusal = await server.EventsOfAsync(id.Value);
        var written = await server.ChangeAsync(
            Staff with { IdempotencyKey = "udkast" }, Draft(id), new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, EnergyCluster, PartyRole.Partner));

        Assert.Equal("already_a_party", refused.Error.Code);
        Assert.Equal(before, afterRefusal);
        Assert.Empty(streamAfterRefusal);
        Assert.Equal((0L, 3L), (written.PreviousVersion, written.Version));
        Assert.Equal([Aalborg, EnergyCluster], written.State.Parties.Select(p => p.Organisation));
        var events = await server.EventsOfAsync(id.Value);
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        var after = await server.WrittenAsync();
        Assert.Equal((before.Events + 3, before.Receipts + 1), (after.Events, after.Receipts));
        Assert.True(after.ScheduledMessages > before.ScheduledMessages, "Drafting schedules the agreement's end, so a refused draft would have too.");
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_writes_nothing_while_the_current_one_is_written()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        await server.ChangeAsync(Staff, new AddParty(id, Aalborg, PartyRole.Partner));
        var before = await server.WrittenAsync();

        var conflict = await Assert.ThrowsAsync<CommandConflictException>(() =>
            server.ChangeAsync(Staff with { ExpectedVersion = 1, IdempotencyKey = "klyngen" }, new AddParty(id, EnergyCluster, PartyRole.Partner)));
        var afterConflict = await server.WrittenAsync();
        var current = await server.ChangeAsync(Staff with { ExpectedVersion = 2 }, new AddParty(id, EnergyCluster, PartyRole.Partner));

        Assert.Equal((id.Value, 1L, 2L), (conflict.StreamId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Contains("du hentede version 1,", conflict.Message);
        Assert.Equal(before, afterConflict);
        Assert.Equal((2L, 3L), (current.PreviousVersion, current.Version));
    }
}
