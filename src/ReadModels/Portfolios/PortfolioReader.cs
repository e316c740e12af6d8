using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Paging;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Portfolios;

/// <summary>
/// Organisation portfolios, read from the inline follow-up tables rather than kept by a projection of their own:
/// the parties table makes "everything X is party to" an index lookup, the totals are the sum of the ledger lines
/// by construction, and a municipality sees its portfolio change as soon as an agreement does. Its KPIs and ledger
/// lines are read from the flat rows, so a dashboard never reads every agreement whole, and all three are kept (see
/// <see cref="PortfolioCache"/>) until a change is heard, so a dashboard opened again is answered from memory.
/// Register one per process.
/// </summary>
/// <param name="heard">The changes this node hears; without it nothing is kept.</param>
public sealed class PortfolioReader(NpgsqlDataSource dataSource, HeardChanges? heard = null)
{
    private readonly PortfolioCache _cache = new(heard ?? new HeardChanges());

    /// <summary>Those that need attention first: behind the line, then unreported, then on track, then achieved.</summary>
    private static readonly string SeverityOrder =
        $"array_position(ARRAY[{string.Join(", ", new[] { KpiStatus.OffTrack, KpiStatus.AtRisk, KpiStatus.NotReported, KpiStatus.OnTrack, KpiStatus.Achieved }.Select(s => $"'{s}'"))}], k.status)";

    public async Task<Portfolio> LoadAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        (await LoadManyAsync([organisationId], cancellationToken))[organisationId];

    /// <summary>The portfolios of many organisations, those not kept read in one round trip; an organisation party to nothing has an empty one.</summary>
    public async Task<IReadOnlyDictionary<Guid, Portfolio>> LoadManyAsync(IReadOnlyList<Guid> organisationIds, CancellationToken cancellationToken = default)
    {
        var portfolios = new Dictionary<Guid, Portfolio>();
        foreach (var id in organisationIds)
            if (_cache.TryGet<Portfolio>(id, out var held))
                portfolios[id] = held;
        var missing = organisationIds.Where(id => !portfolios.ContainsKey(id)).Distinct().ToArray();
        if (missing.Length == 0)
            return portfolios;
        var readAt = _cache.Generation;
        foreach (var portfolio in await ReadManyAsync(missing, cancellationToken))
        {
            _cache.Keep(portfolio.OrganisationId, portfolio, readAt);
            portfolios[portfolio.OrganisationId] = portfolio;
        }
        return portfolios;
    }

    private async Task<IEnumerable<Portfolio>> ReadManyAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.Add(
            $"""
            SELECT p.party_id, array_agg(s.id ORDER BY s.title, s.id), count(*) FILTER (WHERE s.status = '{AgreementStatus.InForce}'),
                   sum(s.kpis_achieved), sum(s.kpis_on_track), sum(s.kpis_at_risk), sum(s.kpis_off_track), sum(s.kpis_not_reported)
            FROM {FollowUpTables.PartyTable} p JOIN {FollowUpTables.SummaryTable} s ON s.id = p.agreement_id
            WHERE p.party_id = ANY($1)
            GROUP BY p.party_id
            """,
            ids);
        batch.Add(
            $"""
            SELECT party_id, sum(committed), sum(invoiced), sum(paid), sum(outstanding), sum(overdue)
            FROM {FollowUpTables.LedgerTable} WHERE party_id = ANY($1) GROUP BY party_id
            """,
            ids);

        var agreements = new Dictionary<Guid, (Guid[] Ids, int Active, KpiHealthCounts Health)>();
        var money = new Dictionary<Guid, (decimal Committed, decimal Invoiced, decimal Paid, decimal Outstanding, decimal Overdue)>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            agreements[reader.GetGuid(0)] = (
                reader.GetFieldValue<Guid[]>(1),
                (int)reader.GetInt64(2),
                new KpiHealthCounts((int)reader.GetInt64(3), (int)reader.GetInt64(4), (int)reader.GetInt64(5), (int)reader.GetInt64(6), (int)reader.GetInt64(7)));
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            money[reader.GetGuid(0)] = (reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDecimal(5));

        return ids.Select(id =>
        {
            var (agreementIds, active, health) = agreements.GetValueOrDefault(id, ([], 0, new KpiHealthCounts(0, 0, 0, 0, 0)));
            var totals = money.GetValueOrDefault(id);
            return new Portfolio(id, agreementIds, active, health, totals.Committed, totals.Invoiced, totals.Paid, totals.Outstanding, totals.Overdue);
        }).ToList();
    }

    /// <summary>
    /// One window of the KPIs of every agreement the organisation is party to, those needing attention first, then by
    /// agreement title and the KPI's place in it; only the given statuses when there are any.
    /// </summary>
    public async Task<Page<PortfolioKpi>> KpisAsync(
        Guid organisationId, IReadOnlyCollection<KpiStatus> statuses, PageWindow window, CancellationToken cancellationToken = default)
    {
        var kpis = await _cache.GetOrReadAsync(organisationId, ct => ReadKpisAsync(organisationId, ct), cancellationToken);
        return Page<PortfolioKpi>.Of(statuses.Count == 0 ? kpis : kpis.Where(k => statuses.Contains(k.Status)).ToList(), window);
    }

    /// <summary>One window of the organisation's own ledger lines across its agreements, by agreement title, then year.</summary>
    public async Task<Page<PortfolioLedgerLine>> LedgerAsync(Guid organisationId, PageWindow window, CancellationToken cancellationToken = default) =>
        Page<PortfolioLedgerLine>.Of(await _cache.GetOrReadAsync(organisationId, ct => ReadLedgerAsync(organisationId, ct), cancellationToken), window);

    private Task<IReadOnlyList<PortfolioKpi>> ReadKpisAsync(Guid organisationId, CancellationToken cancellationToken) =>
        ReadAllAsync(
            $"""
            SELECT k.agreement_id, k.kpi_id, k.code, k.name, k.status, k.trend, k.latest_period, k.latest_value, k.progress, k.expected_progress
            FROM {FollowUpTables.PartyTable} p
                JOIN {FollowUpTables.KpiTable} k ON k.agreement_id = p.agreement_id
                JOIN {FollowUpTables.SummaryTable} s ON s.id = p.agreement_id
            WHERE p.party_id = $1
            ORDER BY {SeverityOrder}, s.title, s.id, k.position
            """,
            organisationId,
            reader => new PortfolioKpi(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<KpiStatus>(reader.GetString(4)),
                Enum.Parse<KpiTrend>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : ReportingPeriod.Parse(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                reader.GetDecimal(9)),
            cancellationToken);

    private Task<IReadOnlyList<PortfolioLedgerLine>> ReadLedgerAsync(Guid organisationId, CancellationToken cancellationToken) =>
        ReadAllAsync(
            $"""
            SELECT l.agreement_id, l.year, l.committed, l.invoiced, l.paid, l.outstanding, l.overdue
            FROM {FollowUpTables.LedgerTable} l JOIN {FollowUpTables.SummaryTable} s ON s.id = l.agreement_id
            WHERE l.party_id = $1
            ORDER BY s.title, s.id, l.year
            """,
            organisationId,
            reader => new PortfolioLedgerLine(
                reader.GetGuid(0),
                reader.GetInt32(1),
                reader.GetDecimal(2),
                reader.GetDecimal(3),
                reader.GetDecimal(4),
                reader.GetDecimal(5),
                reader.GetDecimal(6)),
            cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAllAsync<T>(string sql, Guid organisationId, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql).WithParameters(organisationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }
}
