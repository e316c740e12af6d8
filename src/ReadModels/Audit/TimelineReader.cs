using AgreementTracker.ReadModels.Paging;
using Npgsql;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>A stream's audit timeline, oldest first, a window at a time.</summary>
public sealed class TimelineReader(NpgsqlDataSource dataSource)
{
    public Task<Page<AuditEntry>> PageAsync(Guid streamId, PageWindow window, CancellationToken cancellationToken = default)
    {
        var query = new PagedQuery(
            "position, stream_id, version, event, summary, occurred_at, actor, reason, correlation_id, changes::text, hash",
            $"FROM {AuditTimelineTables.TimelineTable} WHERE stream_id = $1",
            "version",
            [streamId]);
        return query.RunAsync(dataSource, window, Read, cancellationToken);
    }

    private static AuditEntry Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetGuid(1),
        reader.GetInt64(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        AuditJson.Changes(reader.GetString(9)),
        reader.GetString(10));
}
