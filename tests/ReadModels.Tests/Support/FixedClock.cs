namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>A clock standing still on one day (UTC), moved by hand.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public DateOnly Today { get; set; } = today;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
