using AgreementTracker.Domain.Agreements;
using static AgreementTracker.Domain.Common.Dates;

namespace AgreementTracker.Domain.FollowUp;

/// <summary>Meetings in one calendar year of an agreement against what its cadence calls for.</summary>
/// <param name="Due">Meetings the cadence calls for in the part of the year the agreement ran up to the assessment date, to the nearest whole meeting.</param>
/// <param name="Upcoming">Scheduled and not yet held or cancelled.</param>
public sealed record MeetingYear(int Year, int Due, int Held, int Cancelled, int Upcoming)
{
    public int Shortfall => Math.Max(0, Due - Held);
}

public static class MeetingsAgainstCadence
{
    public static IReadOnlyList<MeetingYear> PerYear(AgreementState agreement, DateOnly asOf)
    {
        var first = agreement.Period.Start;
        var last = Earlier(agreement.LastDay, asOf);
        var years = Enumerable.Range(first.Year, Math.Max(0, last.Year - first.Year + 1));
        return years.Select(year => new MeetingYear(
                year,
                Due(agreement, year, first, last),
                Count(agreement, year, MeetingProgress.Held),
                Count(agreement, year, MeetingProgress.Cancelled),
                Count(agreement, year, MeetingProgress.Scheduled)))
            .ToList();
    }

    /// <summary>
    /// Each day the agreement runs earns 1/365 (1/366) of the cadence in effect that day, rounded to whole meetings:
    /// with two a year, the first is due from 1 April and the second from the end of September.
    /// </summary>
    private static int Due(AgreementState agreement, int year, DateOnly first, DateOnly last)
    {
        var from = Later(first, new DateOnly(year, 1, 1));
        var to = Earlier(last, new DateOnly(year, 12, 31));
        var daysInYear = DateTime.IsLeapYear(year) ? 366m : 365m;
        var meetings = 0m;
        for (var i = 0; i < agreement.Cadence.Count; i++)
        {
            var change = agreement.Cadence[i];
            var segmentStart = Later(from, change.EffectiveFrom);
            var segmentEnd = i + 1 < agreement.Cadence.Count ? Earlier(to, agreement.Cadence[i + 1].EffectiveFrom.AddDays(-1)) : to;
            var days = segmentEnd.DayNumber - segmentStart.DayNumber + 1;
            if (days > 0)
            {
                meetings += change.MeetingsPerYear * days / daysInYear;
            }
        }

        return (int)Math.Round(meetings, MidpointRounding.AwayFromZero);
    }

    private static int Count(AgreementState agreement, int year, MeetingProgress progress) =>
        agreement.Meetings.Count(m => m.Date.Year == year && m.Progress == progress);
}
