using AgreementTracker.Domain.Agreements;
using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Paging;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// Agreements as the inline follow-up tables hold them: by id, many ids at once (for data loaders), or searched.
/// Register one per process: it keeps the parsed states it has read (see <see cref="AgreementSnapshotCache"/>).
/// </summary>
/// <param name="heard">The changes this node hears; without it every read asks the database which versions are current.</param>
public sealed class AgreementReader(NpgsqlDataSource dataSource, HeardChanges? heard = null)
{
    /// <summary>Enough for every agreement of the national-size data set (2,000).</summary>
    public const int CachedAgreements = 2500;

    private const string Summaries = FollowUpTables.SummaryTable;
    private const string Documents = FollowUpTables.AgreementDocuments;

    private readonly AgreementSnapshotCache _cache = new(CachedAgreements, heard ?? new HeardChanges());

    private static readonly string StatusOrder =
        $"array_position(ARRAY[{string.Join(", ", Enum.GetNames<AgreementStatus>().Select(n => $"'{n}'"))}], s.status)";

    public async Task<AgreementSnapshot?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await LoadManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<Guid, AgreementSnapshot>> LoadManyAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (_cache.AllCurrent(ids) is { } current)
            return current;
        var readAt = _cache.Generation;
        var (heldIds, heldVersions) = _cache.Held(ids);
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT s.id, s.version, CASE WHEN s.version = held.version THEN NULL ELSE d.data::text END
            FROM {Summaries} s JOIN {Documents} d ON d.id = s.id
                LEFT JOIN unnest($2::uuid[], $3::bigint[]) AS held(id, version) ON held.id = s.id
            WHERE s.id = ANY($1)
            """).WithParameters(ids.ToArray(), heldIds, heldVersions);
        var snapshots = new Dictionary<Guid, AgreementSnapshot>(ids.Count);
        var replaced = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (id, version) = (reader.GetGuid(0), reader.GetInt64(1));
                var snapshot = reader.IsDBNull(2) ? _cache.Get(id, version) : new AgreementSnapshot(AgreementStateJson.Deserialize(reader.GetString(2)), version);
                if (snapshot is null)
                {
                    replaced.Add(id);
                    continue;
                }
                _cache.Put(snapshot);
                snapshots[id] = snapshot;
            }
        }
        // Another request replaced a held snapshot between asking what was held and reading it: read those in full.
        if (replaced.Count > 0)
        {
            await using var again = dataSource.CreateCommand(
                $"SELECT s.id, s.version, d.data::text FROM {Summaries} s JOIN {Documents} d ON d.id = s.id WHERE s.id = ANY($1)").WithParameters(replaced.ToArray());
            foreach (var (id, snapshot) in await AgreementSnapshots.ReadAsync(again, cancellationToken))
                snapshots[id] = snapshot;
        }
        _cache.KnownCurrent(snapshots.Values, readAt);
        return snapshots;
    }

    /// <summary>One window of the agreements matching <paramref name="filter"/>, sorted, ties broken by id.</summary>
    public async Task<Page<AgreementSnapshot>> SearchAsync(
        AgreementFilter filter, IReadOnlyList<AgreementSort> order, PageWindow window, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Where(filter);
        var sorting = order.Select(o => $"{Column(o.Field)} {(o.Descending ? "DESC" : "ASC")}").Append("s.id ASC");
        var query = new PagedQuery("s.id", $"FROM {Summaries} s {where}", string.Join(", ", sorting), parameters);
        var ids = await query.RunAsync(dataSource, window, reader => reader.GetGuid(0), cancellationToken);
        var snapshots = await LoadManyAsync(ids.Items, cancellationToken);
        // An agreement is never removed from the table, so every id of the page is there.
        return new Page<AgreementSnapshot>(ids.Items.Select(id => snapshots[id]).ToList(), ids.Offset, ids.TotalCount);
    }

    private static string Column(AgreementSortField field) => field switch
    {
        AgreementSortField.Title => "s.title",
        AgreementSortField.Start => "s.start_date",
        AgreementSortField.End => "s.end_date",
        AgreementSortField.Status => StatusOrder,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Agreements cannot be sorted by this field."),
    };

    private static (string Where, object?[] Parameters) Where(AgreementFilter filter)
    {
        var conditions = new List<string>();
        var parameters = new List<object?>();
        void Add(string condition, object value)
        {
            parameters.Add(value);
            conditions.Add(condition.Replace("@", "$" + parameters.Count, StringComparison.Ordinal));
        }

        if (filter.PartyId is { } party)
            Add($"EXISTS (SELECT 1 FROM {FollowUpTables.PartyTable} p WHERE p.agreement_id = s.id AND p.party_id = @)", party);
        if (filter.VisibleToParty is { } member)
            Add($"EXISTS (SELECT 1 FROM {FollowUpTables.PartyTable} p WHERE p.agreement_id = s.id AND p.party_id = @)", member);
        if (filter.Kind is { } kind)
            Add("s.kind = @", kind.ToString());
        if (filter.Status is { } status)
            Add("s.status = @", status.ToString());
        if (filter.StrengthArea is { } area)
            Add("lower(s.strength_area) = lower(@)", area);
        if (filter.KpiStatus is { } kpiStatus)
            Add($"EXISTS (SELECT 1 FROM {FollowUpTables.KpiTable} k WHERE k.agreement_id = s.id AND k.status = @)", kpiStatus.ToString());
        if (filter.KpiStatusIn is { } kpiStatuses)
            Add($"EXISTS (SELECT 1 FROM {FollowUpTables.KpiTable} k WHERE k.agreement_id = s.id AND k.status = ANY(@))", kpiStatuses.Select(k => k.ToString()).ToArray());
        if (filter.PaymentOverdue is { } overdue)
            conditions.Add(overdue ? "s.overdue > 0" : "s.overdue = 0");
        if (filter.MeetingsBehind is { } behind)
            conditions.Add((behind ? "" : "NOT ") + $"EXISTS (SELECT 1 FROM {FollowUpTables.MeetingYearTable} y " +
                "WHERE y.agreement_id = s.id AND y.year = extract(year FROM s.assessed_on) AND y.shortfall > 0)");
        if (filter.EndsOnOrBefore is { } end)
            Add("s.end_date <= @", end);
        if (filter.AmendmentAwaitingAcceptance is { } awaiting)
            conditions.Add(awaiting ? "s.amendments_awaiting_acceptance > 0" : "s.amendments_awaiting_acceptance = 0");
        if (filter.TitleContains is { } text)
            Add("strpos(lower(s.title), lower(@)) > 0", text);
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters.ToArray());
    }
}
