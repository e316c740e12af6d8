using AgreementTracker.Domain.Common;
using Npgsql;

namespace AgreementTracker.Deadlines.Notifications;

/// <summary>Notifications newest first: all of them (BRN staff), one organisation's, or one agreement's.</summary>
public sealed class NotificationReader(NpgsqlDataSource dataSource)
{
    /// <summary>The PostgreSQL channel a new notification's id is announced on (<c>LISTEN agreementtracker_notifications</c>).</summary>
    public const string Channel = "agreementtracker_notifications";

    public const int MaxLimit = 500;

    private const string Columns = "id, agreement_id, organisation_ids, kind, message, due_at, created_at";

    public Task<IReadOnlyList<Notification>> LatestAsync(int limit, CancellationToken ct = default) =>
        ReadAsync($"SELECT {Columns} FROM public.{NotificationTable.Name} ORDER BY created_at DESC, id DESC LIMIT $1", limit, null, ct);

    public Task<IReadOnlyList<Notification>> ForOrganisationAsync(OrganisationId organisation, int limit, CancellationToken ct = default) =>
        ReadAsync(
            $"SELECT {Columns} FROM public.{NotificationTable.Name} WHERE organisation_ids @> ARRAY[$2] ORDER BY created_at DESC, id DESC LIMIT $1",
            limit, organisation.Value, ct);

    public Task<IReadOnlyList<Notification>> ForAgreementAsync(AgreementId agreement, int limit, CancellationToken ct = default) =>
        ReadAsync(
            $"SELECT {Columns} FROM public.{NotificationTable.Name} WHERE agreement_id = $2 ORDER BY created_at DESC, id DESC LIMIT $1",
            limit, agreement.Value, ct);

    private async Task<IReadOnlyList<Notification>> ReadAsync(string sql, int limit, Guid? filter, CancellationToken ct)
    {
        if (limit is < 1 or > MaxLimit)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"Ask for between 1 and {MaxLimit} notifications, not {limit}.");
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        if (filter is { } id)
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        var notifications = new List<Notification>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            notifications.Add(new Notification(
                reader.GetGuid(0),
                new AgreementId(reader.GetGuid(1)),
                reader.GetFieldValue<Guid[]>(2).Select(o => new OrganisationId(o)).ToList(),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return notifications;
    }
}
