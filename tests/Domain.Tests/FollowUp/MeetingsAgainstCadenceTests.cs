using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.FollowUp;

public class MeetingsAgainstCadenceTests
{
    private static MeetingHeld Held(int n, DateOnly on) => new(
        MeetingId.From(new Guid(n, 0, 0, new byte[8])), MeetingKind.Coordination, "Koordinationsmøde", on, [new Attendee("Mette Sørensen", Aalborg)], "", [], []);

    [Fact]
    public void Two_a_year_counted_against_meetings_held()
    {
        var state = Agreement.Fold(null, [
            .. Signed,
            new MeetingCadenceSet(2, new DateOnly(2024, 1, 1)),
            Held(1, new DateOnly(2024, 4, 2)),
            Held(2, new DateOnly(2024, 10, 8)),
            Held(3, new DateOnly(2025, 3, 1)),
        ])!;

        var years = MeetingsAgainstCadence.PerYear(state, new DateOnly(2025, 12, 31));

        Assert.Equal([new MeetingYear(2024, 2, 2, 0, 0), new MeetingYear(2025, 2, 1, 0, 0)], years);
        Assert.Equal(1, years[1].Shortfall);
    }

    [Fact]
    public void The_current_year_counts_only_the_part_that_has_passed() =>
        Assert.Equal(
            1,
            MeetingsAgainstCadence.PerYear(Agreement.Fold(null, [.. Signed, new MeetingCadenceSet(2, new DateOnly(2024, 1, 1))])!, new DateOnly(2025, 8, 1))[^1].Due);

    [Fact]
    public void A_change_of_cadence_applies_from_its_date()
    {
        var state = Agreement.Fold(null, [
            .. Signed,
            new MeetingCadenceSet(2, new DateOnly(2024, 1, 1)),
            new MeetingCadenceSet(4, new DateOnly(2025, 7, 1)),
        ])!;

        Assert.Equal([2, 3, 4], MeetingsAgainstCadence.PerYear(state, new DateOnly(2026, 12, 31)).Select(y => y.Due));
    }

    [Fact]
    public void Without_a_cadence_nothing_is_due() =>
        Assert.All(MeetingsAgainstCadence.PerYear(Agreement.Fold(null, Signed)!, new DateOnly(2026, 12, 31)), y => Assert.Equal(0, y.Due));
}
