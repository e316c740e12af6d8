using AgreementTracker.Domain.Agreements;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Portfolios;

/// <summary>
/// Organisation portfolios, read from the inline follow-up tables rather than kept by a projection of their own:
/// the parties table makes "everything X is party to" an index lookup, the totals are the sum of the ledger lines
/// by construction, and a municipality sees its portfolio change as soon as an agreement does.
/// </summary>
public sealed class PortfolioReader(NpgsqlDataSource dataSource)
{
    public async Task<Portfolio> LoadAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        (await LoadManyAsync([organisationId], cancellationToken))[organisationId];

    /// <summary>The portfolios of many organisations in one round trip; an organisation party to nothing has an empty one.</summary>
    public async Task<IReadOnlyDictionary<Guid, Portfolio>> LoadManyAsync(IReadOnlyList<Guid> organisationIds, CancellationToken cancellationToken = default)
    {
        var ids = organisationIds.Distinct().ToArray();
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

        return ids.ToDictionary(id => id, id =>
        {
            var (agreementIds, active, health) = agreements.GetValueOrDefault(id, ([], 0, new KpiHealthCounts(0, 0, 0, 0, 0)));
            var totals = money.GetValueOrDefault(id);
            return new Portfolio(id, agreementIds, active, health, totals.Committed, totals.Invoiced, totals.Paid, totals.Outstanding, totals.Overdue);
        });
    }
}
