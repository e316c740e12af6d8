namespace AgreementTracker.Deadlines.Notifications;

/// <summary>
/// Writes a notification and announces it in one statement, so both happen or neither: the row is the outbox entry,
/// and listeners on <see cref="NotificationReader.Channel"/> hear of it when it commits. A second write with the same
/// id (the same deadline delivered again) writes and announces nothing.
/// </summary>
internal static class NotificationOutbox
{
    /// <summary>The statement, with <see cref="Values"/> as its parameters $1 to $7. It answers with the id it announced, if any.</summary>
    public const string Sql = $"""
        WITH written AS (
            INSERT INTO public.{NotificationTable.Name} (id, agreement_id, organisation_ids, kind, message, due_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (id) DO NOTHING
            RETURNING id)
        SELECT pg_notify('{NotificationReader.Channel}', id::text) FROM written
        """;

    public static object[] Values(Notification notification) =>
    [
        notification.Id,
        notification.AgreementId.Value,
        notification.Organisations.Select(o => o.Value).ToArray(),
        notification.Kind,
        notification.Message,
        notification.DueAt,
        notification.CreatedAt,
    ];
}
