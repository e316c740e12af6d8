using System.Globalization;
using System.Text.Json;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>A notification as the API serves it; <see cref="Kind"/> as the GraphQL enum names it (PAYMENT_OVERDUE).</summary>
public sealed record NotificationSeen(string Id, string Kind, string Message, IReadOnlyList<string> Organisations, DateTimeOffset DueAt, DateTimeOffset CreatedAt)
{
    public static NotificationSeen Of(JsonElement n) => new(
        n.GetProperty("id").GetString()!,
        n.GetProperty("kind").GetString()!,
        n.GetProperty("message").GetString()!,
        n.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList(),
        DateTimeOffset.Parse(n.GetProperty("dueAt").GetString()!, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(n.GetProperty("createdAt").GetString()!, CultureInfo.InvariantCulture));
}
