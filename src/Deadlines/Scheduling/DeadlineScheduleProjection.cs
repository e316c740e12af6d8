using System.Text.Json;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.EventStore;
using AgreementTracker.Messaging;
using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>
/// Puts an agreement's deadlines in the message queue in the transaction that appends the events creating them, so a
/// deadline exists exactly when its cause was committed. It only ever adds: a deadline whose cause went away (paid,
/// reported, extended, terminated) stays queued and does nothing when it fires, because every handler checks the
/// agreement as it is then. Withdrawing messages here would also make an append wait for a runner that is handling
/// one of them. Deadlines already stale today (replayed or imported history) are left out.
/// </summary>
public sealed class DeadlineScheduleProjection(TimeProvider clock) : IProjection
{
    public const string ProjectionName = "deadline_schedule";
    public const string TableName = "deadline_agreements";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ProjectionName;

    public IReadOnlyList<ProjectionTable> Tables { get; } =
    [
        new(TableName, """
            CREATE TABLE {table} (
                agreement_id uuid  PRIMARY KEY,
                facts        jsonb NOT NULL
            )
            """),
    ];

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        var byAgreement = events.Where(e => e.Data is IAgreementEvent).GroupBy(e => e.StreamId).ToList();
        if (byAgreement.Count == 0)
            return;
        var table = context.Table(TableName);
        var changing = byAgreement.Where(g => g.Any(e => DeadlineFacts.CanChange(e.Data))).Select(g => g.Key).ToList();
        var known = changing.Count == 0 ? [] : await LoadFactsAsync(context, table, changing, cancellationToken);
        foreach (var stream in byAgreement)
        {
            var agreement = new AgreementId(stream.Key);
            var before = known.GetValueOrDefault(stream.Key);
            var after = before;
            var deadlines = new List<ScheduledDeadline>();
            foreach (var e in stream)
            {
                after = DeadlineFacts.Evolve(after, e.Data);
                if (e.Data is CoFinancingInvoiced invoiced)
                    deadlines.Add(PaymentOverdue.Schedule(agreement, invoiced));
            }
            if (after is not null && !ReferenceEquals(after, before))
            {
                deadlines.AddRange(DeadlinePlan.Added(agreement, before, after));
                await SaveFactsAsync(context, table, stream.Key, after, cancellationToken);
            }
            var today = DeadlineCalendar.Today(clock);
            foreach (var deadline in deadlines.Where(d => d.Payload.IsUsefulOn(today)))
                await MessageQueue.EnqueueAsync(context.Connection, context.Transaction, deadline.ToMessage(), cancellationToken);
        }
    }

    private static async Task<Dictionary<Guid, DeadlineFacts>> LoadFactsAsync(
        ProjectionContext context, string table, IEnumerable<Guid> agreements, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand($"SELECT agreement_id, facts::text FROM {table} WHERE agreement_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = agreements.ToArray() });
        var facts = new Dictionary<Guid, DeadlineFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            facts[reader.GetGuid(0)] = JsonSerializer.Deserialize<DeadlineFacts>(reader.GetString(1), Json)!;
        return facts;
    }

    private static async Task SaveFactsAsync(ProjectionContext context, string table, Guid agreement, DeadlineFacts facts, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand(
            $"INSERT INTO {table} (agreement_id, facts) VALUES ($1, $2) ON CONFLICT (agreement_id) DO UPDATE SET facts = EXCLUDED.facts");
        command.Parameters.Add(new NpgsqlParameter { Value = agreement });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(facts, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
