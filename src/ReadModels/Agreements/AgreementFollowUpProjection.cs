using AgreementTracker.Domain.Agreements;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// Each agreement's folded state (jsonb) and stream version, and the flat rows its follow-up is filtered, sorted and
/// added up by: summary, parties, KPI status, co-financing ledger per party and year, meetings, meetings against the cadence.
/// Inline: a municipality reads its KPI fulfilment right after a change, and the command side reads the state back.
/// Time-dependent figures are assessed on the clock's today; <see cref="FollowUpRefresh"/> moves them on each day.
/// </summary>
public sealed class AgreementFollowUpProjection(TimeProvider clock) : IProjection
{
    public const string ProjectionName = "agreement_follow_up";
    public const string SummaryTable = "agreement_summaries";
    public const string PartyTable = "agreement_parties";
    public const string KpiTable = "agreement_kpis";
    public const string LedgerTable = "agreement_ledger";
    public const string MeetingTable = "agreement_meetings";
    public const string MeetingYearTable = "agreement_meeting_years";

    public string Name => ProjectionName;

    public IReadOnlyList<ProjectionTable> Tables { get; } =
    [
        new(SummaryTable, """
            CREATE TABLE {table} (
                id                uuid    PRIMARY KEY,
                version           bigint  NOT NULL,
                state             jsonb   NOT NULL,
                assessed_on       date    NOT NULL,
                title             text    NOT NULL,
                kind              text    NOT NULL,
                status            text    NOT NULL,
                strength_area     text    NOT NULL,
                start_date        date    NOT NULL,
                end_date          date    NOT NULL,
                kpis_achieved     int     NOT NULL,
                kpis_on_track     int     NOT NULL,
                kpis_at_risk      int     NOT NULL,
                kpis_off_track    int     NOT NULL,
                kpis_not_reported int     NOT NULL,
                next_meeting_id   uuid,
                next_meeting_on   date,
                committed         numeric NOT NULL,
                invoiced          numeric NOT NULL,
                paid              numeric NOT NULL,
                outstanding       numeric NOT NULL,
                overdue           numeric NOT NULL,
                -- Unique only because id is: these are the indexes sorting and the daily refresh walk.
                UNIQUE (title, id),
                UNIQUE (start_date, id),
                UNIQUE (end_date, id),
                UNIQUE (assessed_on, id)
            )
            """),
        new(PartyTable, """
            CREATE TABLE {table} (
                party_id     uuid NOT NULL,
                agreement_id uuid NOT NULL,
                role         text NOT NULL,
                signed_on    date,
                PRIMARY KEY (party_id, agreement_id)
            )
            """),
        new(KpiTable, """
            CREATE TABLE {table} (
                agreement_id      uuid    NOT NULL,
                kpi_id            uuid    NOT NULL,
                position          int     NOT NULL,
                code              text    NOT NULL,
                name              text    NOT NULL,
                status            text    NOT NULL,
                trend             text    NOT NULL,
                latest_period     text,
                latest_value      numeric,
                progress          numeric,
                expected_progress numeric NOT NULL,
                PRIMARY KEY (agreement_id, kpi_id),
                UNIQUE (status, agreement_id, kpi_id)
            )
            """),
        new(LedgerTable, """
            CREATE TABLE {table} (
                agreement_id uuid    NOT NULL,
                party_id     uuid    NOT NULL,
                year         int     NOT NULL,
                committed    numeric NOT NULL,
                invoiced     numeric NOT NULL,
                paid         numeric NOT NULL,
                outstanding  numeric NOT NULL,
                overdue      numeric NOT NULL,
                PRIMARY KEY (agreement_id, party_id, year),
                UNIQUE (party_id, agreement_id, year)
            )
            """),
        new(MeetingTable, """
            CREATE TABLE {table} (
                agreement_id      uuid NOT NULL,
                meeting_id        uuid NOT NULL,
                kind              text NOT NULL,
                progress          text NOT NULL,
                title             text NOT NULL,
                date              date NOT NULL,
                attendees         int  NOT NULL,
                decisions         int  NOT NULL,
                open_action_items int  NOT NULL,
                PRIMARY KEY (agreement_id, meeting_id)
            )
            """),
        new(MeetingYearTable, """
            CREATE TABLE {table} (
                agreement_id uuid NOT NULL,
                year         int  NOT NULL,
                due          int  NOT NULL,
                held         int  NOT NULL,
                cancelled    int  NOT NULL,
                upcoming     int  NOT NULL,
                shortfall    int  NOT NULL,
                PRIMARY KEY (agreement_id, year)
            )
            """),
    ];

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        var agreementEvents = events.Where(e => e.Data is IAgreementEvent).ToList();
        if (agreementEvents.Count == 0)
            return;

        var tables = FollowUpTables.Of(context);
        var touched = agreementEvents.Select(e => e.StreamId).Distinct().ToArray();
        // FOR UPDATE waits for a daily refresh holding these agreements and then reads what it wrote; without it the
        // refresh's freshly inserted rows are invisible to our replace and collide with it.
        await using var load = context.CreateCommand($"SELECT id, version, state::text FROM {tables.Summaries} WHERE id = ANY($1) FOR UPDATE").WithParameters(touched);
        var snapshots = await AgreementSnapshots.ReadAsync(load, cancellationToken);
        foreach (var e in agreementEvents)
        {
            var before = snapshots.GetValueOrDefault(e.StreamId)?.State;
            snapshots[e.StreamId] = new AgreementSnapshot(Agreement.Evolve(before, e.Data), e.Version);
        }

        await using var batch = new NpgsqlBatch(context.Connection, context.Transaction);
        AgreementRows.Write(batch, tables, snapshots.Values, Today.On(clock));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
