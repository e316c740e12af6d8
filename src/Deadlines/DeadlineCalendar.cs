namespace AgreementTracker.Deadlines;

/// <summary>
/// Days as the deadlines count them: a day begins at midnight UTC, the same day the command handler's
/// <c>CommandContext.Today</c> sees, so an expiry due "the day after the end" is never refused as too early.
/// </summary>
public static class DeadlineCalendar
{
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);
}
