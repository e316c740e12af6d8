namespace AgreementTracker.ReadModels;

/// <summary>The calendar date the follow-up is assessed on: today by the injected clock, in its local time zone.</summary>
public static class Today
{
    public static DateOnly On(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
