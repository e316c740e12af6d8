using AgreementTracker.Domain.Common;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>
/// The days of the scenarios' agreement, laid out from the clock's today so the same story plays whatever day the suite
/// runs. The agreement starts on the first day of the next quarter and runs for three years; the story's meeting, invoice
/// and payment fall within its first quarter, and the KPI is measured for that quarter once it has ended.
/// </summary>
public sealed class StoryCalendar
{
    private StoryCalendar(DateOnly start) => Start = start;

    /// <summary>The story of an agreement that starts after <paramref name="today"/>.</summary>
    public static StoryCalendar After(DateOnly today) =>
        new(ReportingPeriod.Containing(today, ReportingFrequency.Quarterly).Next().Start);

    public DateOnly Start { get; }

    public DateOnly End => Start.AddYears(3).AddDays(-1);

    /// <summary>The <paramref name="number"/>th day of the agreement: <c>Day(1)</c> is its start. Every day up to 90 is in <see cref="FirstQuarter"/>.</summary>
    public DateOnly Day(int number) => Start.AddDays(number - 1);

    /// <summary>When both parties sign, and so when the KPI is defined and its straight line begins.</summary>
    public DateOnly SignedOn => Day(15);

    /// <summary>The KPI's first reporting period.</summary>
    public ReportingPeriod FirstQuarter => ReportingPeriod.Containing(Start, ReportingFrequency.Quarterly);
}
