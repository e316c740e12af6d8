using AgreementTracker.Domain.Agreements;
using AgreementTracker.ReadModels.Paging;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>Agreements as the inline follow-up tables hold them: by id, many ids at once (for data loaders), or searched.</summary>
public sealed class AgreementReader(NpgsqlDataSource dataSource)
{
    private const string Summaries = AgreementFollowUpProjection.SummaryTable;

    private static readonly string StatusOrder =
        $"array_position(ARRAY[{string.Join(", ", Enum.GetNames<AgreementStatus>().Select(n => $"'{n}'"))}], s.status)";

    public async Task<AgreementSnapshot?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await LoadManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<Guid, AgreementSnapshot>> LoadManyAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT id, version, state::text FROM {Summaries} WHERE id = ANY($1)").WithParameters(ids.ToArray());
        return await AgreementSnapshots.ReadAsync(command, cancellationToken);
    }

    /// <summary>One window of the agreements matching <paramref name="filter"/>, sorted, ties broken by id.</summary>
    public Task<Page<AgreementSnapshot>> SearchAsync(
        AgreementFilter filter, IReadOnlyList<AgreementSort> order, PageWindow window, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Where(filter);
        var sorting = order.Select(o => $"{Column(o.Field)} {(o.Descending ? "DESC" : "ASC")}").Append("s.id ASC");
        var query = new PagedQuery("s.id, s.version, s.state::text", $"FROM {Summaries} s {where}", string.Join(", ", sorting), parameters);
        return query.RunAsync(
            dataSource,
            window,
            reader => new AgreementSnapshot(AgreementStateJson.Deserialize(reader.GetString(2)), reader.GetInt64(1)),
            cancellationToken);
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
            Add($"EXISTS (SELECT 1 FROM {AgreementFollowUpProjection.PartyTable} p WHERE p.agreement_id = s.id AND p.party_id = @)", party);
        if (filter.Kind is { } kind)
            Add("s.kind = @", kind.ToString());
        if (filter.Status is { } status)
            Add("s.status = @", status.ToString());
        if (filter.StrengthArea is { } area)
            Add("lower(s.strength_area) = lower(@)", area);
        if (filter.KpiStatus is { } kpiStatus)
            Add($"EXISTS (SELECT 1 FROM {AgreementFollowUpProjection.KpiTable} k WHERE k.agreement_id = s.id AND k.status = @)", kpiStatus.ToString());
        if (filter.TitleContains is { } text)
            Add("strpos(lower(s.title), lower(@)) > 0", text);
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters.ToArray());
    }
}
