namespace AgreementTracker.Deadlines.Notifications;

/// <summary>The kinds of notification the deadlines write (the <c>kind</c> column).</summary>
public static class NotificationKinds
{
    public const string PaymentOverdue = "payment_overdue";
    public const string KpiNotReported = "kpi_not_reported";
    public const string MeetingsBehind = "meetings_behind";
    public const string AgreementEnding = "agreement_ending";
    public const string AgreementExpired = "agreement_expired";

    /// <summary>What each kind is called where a user reads it.</summary>
    public static IReadOnlyDictionary<string, string> DanishLabels { get; } = new Dictionary<string, string>
    {
        [PaymentOverdue] = "Forfalden betaling",
        [KpiNotReported] = "KPI ikke indberettet",
        [MeetingsBehind] = "Møder bagud",
        [AgreementEnding] = "Aftalen udløber snart",
        [AgreementExpired] = "Aftalen er udløbet",
    };
}
