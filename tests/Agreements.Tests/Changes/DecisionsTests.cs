using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Agreements.Tests.Changes.ChangeServer;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>The pure middle of every change handler, without a host: the caller's expected version, then the commands decided in turn.</summary>
public sealed class DecisionsTests
{
    private static readonly CommandContext Context = new(TestClock.Origin, id => id == Aalborg ? "Aalborg Kommune" : id == EnergyCluster ? "Energy Cluster Denmark" : null);
    private static readonly AgreementId Id = new(Guid.NewGuid());

    [Fact]
    public void Each_command_is_decided_against_the_state_the_ones_before_it_leave()
    {
        var (after, events) = DecideAll([Draft(Id), new AddParty(Id, Aalborg, PartyRole.Partner), new AddParty(Id, EnergyCluster, PartyRole.Partner)]);

        Assert.Equal([typeof(AgreementDrafted), typeof(PartyAdded), typeof(PartyAdded)], events.Select(e => e.GetType()));
        Assert.Equal([Aalborg, EnergyCluster], after!.Parties.Select(p => p.Organisation));
    }

    [Fact]
    public void The_first_refusal_refuses_the_whole_change_with_the_domains_error()
    {
        var refused = Assert.Throws<CommandRefusedException>(() =>
            DecideAll([Draft(Id), new AddParty(Id, Aalborg, PartyRole.Partner), new AddParty(Id, Aalborg, PartyRole.Host)]));

        Assert.Equal("already_a_party", refused.Error.Code);
        Assert.Equal(refused.Error.Message, refused.Message);
        Assert.Contains("Aalborg Kommune", refused.Message);
    }

    [Fact]
    public void A_command_on_no_agreement_is_refused_rather_than_decided_on_nothing()
    {
        var refused = Assert.Throws<CommandRefusedException>(() => DecideAll([new AddParty(Id, Aalborg, PartyRole.Partner)]));

        Assert.Equal("agreement_not_found", refused.Error.Code);
    }

    [Fact]
    public void No_commands_decide_no_events_and_leave_the_state_as_it_was()
    {
        var (after, events) = DecideAll([]);

        Assert.Null(after);
        Assert.Empty(events);
    }

    [Theory]
    [InlineData(null, 4L)]
    [InlineData(4L, 4L)]
    [InlineData(0L, 0L)]
    public void No_expected_version_or_the_actual_one_lets_the_change_be_decided(long? expected, long actual) =>
        Decisions.CheckExpectedVersion(Id.Value, expected, actual);

    [Theory]
    [InlineData(3L, 4L)]
    [InlineData(5L, 4L)]
    [InlineData(1L, 0L)]
    public void Any_other_expected_version_is_a_conflict_naming_both(long expected, long actual)
    {
        var conflict = Assert.Throws<CommandConflictException>(() => Decisions.CheckExpectedVersion(Id.Value, expected, actual));

        Assert.Equal((Id.Value, expected, actual), (conflict.StreamId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Contains($"du hentede version {expected}, men nu er det version {actual}", conflict.Message);
    }

    private static (AgreementState? After, List<object> Events) DecideAll(IReadOnlyList<IAgreementCommand> commands) =>
        Decisions.DecideAll<AgreementState, IAgreementCommand>(null, commands, Context, Agreement.Decide, Agreement.Evolve);
}
