using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// Makes every follow-up row of some agreements what their snapshots give, with the time-dependent figures (status,
/// KPI status, overdue amounts, meetings due) assessed on one date, writing only the rows that differ. The projection
/// and the daily refresh both write through here, so a rebuild and the refreshed live tables agree.
/// </summary>
public static class AgreementRows
{
    private const string AgreementColumn = "agreement_id";

    private sealed record PartyRow(Guid Agreement, PartyState Party);

    private sealed record KpiRow(Guid Agreement, int Position, KpiState Kpi, KpiAssessment Assessment);

    private sealed record LedgerRow(Guid Agreement, LedgerLine Line);

    private sealed record MeetingRow(Guid Agreement, MeetingState Meeting);

    private sealed record MeetingYearRow(Guid Agreement, MeetingYear Year);

    private static readonly UnnestInsert<PartyRow> Parties = new(
        ["party_id", "agreement_id"],
        UnnestInsert<PartyRow>.Column("party_id", "uuid", r => r.Party.Organisation.Value),
        UnnestInsert<PartyRow>.Column("agreement_id", "uuid", r => r.Agreement),
        UnnestInsert<PartyRow>.Column("role", "text", r => r.Party.Role.ToString()),
        UnnestInsert<PartyRow>.Column("signed_on", "date", r => r.Party.SignedOn));

    private static readonly UnnestInsert<KpiRow> Kpis = new(
        ["agreement_id", "kpi_id"],
        UnnestInsert<KpiRow>.Column("agreement_id", "uuid", r => r.Agreement),
        UnnestInsert<KpiRow>.Column("kpi_id", "uuid", r => r.Kpi.Id.Value),
        UnnestInsert<KpiRow>.Column("position", "int", r => r.Position),
        UnnestInsert<KpiRow>.Column("code", "text", r => r.Kpi.CatalogueCode),
        UnnestInsert<KpiRow>.Column("name", "text", r => r.Kpi.Name),
        UnnestInsert<KpiRow>.Column("status", "text", r => r.Assessment.Status.ToString()),
        UnnestInsert<KpiRow>.Column("trend", "text", r => r.Assessment.Trend.ToString()),
        UnnestInsert<KpiRow>.Column("latest_period", "text", r => r.Assessment.Latest?.Period.ToString()),
        UnnestInsert<KpiRow>.Column("latest_value", "numeric", r => r.Assessment.Latest?.Value),
        UnnestInsert<KpiRow>.Column("progress", "numeric", r => r.Assessment.Progress),
        UnnestInsert<KpiRow>.Column("expected_progress", "numeric", r => r.Assessment.ExpectedProgress));

    private static readonly UnnestInsert<LedgerRow> Ledger = new(
        ["agreement_id", "party_id", "year"],
        UnnestInsert<LedgerRow>.Column("agreement_id", "uuid", r => r.Agreement),
        UnnestInsert<LedgerRow>.Column("party_id", "uuid", r => r.Line.Party.Value),
        UnnestInsert<LedgerRow>.Column("year", "int", r => r.Line.Year),
        UnnestInsert<LedgerRow>.Column("committed", "numeric", r => r.Line.Committed),
        UnnestInsert<LedgerRow>.Column("invoiced", "numeric", r => r.Line.Invoiced),
        UnnestInsert<LedgerRow>.Column("paid", "numeric", r => r.Line.Paid),
        UnnestInsert<LedgerRow>.Column("outstanding", "numeric", r => r.Line.Outstanding),
        UnnestInsert<LedgerRow>.Column("overdue", "numeric", r => r.Line.Overdue));

    private static readonly UnnestInsert<MeetingRow> Meetings = new(
        ["agreement_id", "meeting_id"],
        UnnestInsert<MeetingRow>.Column("agreement_id", "uuid", r => r.Agreement),
        UnnestInsert<MeetingRow>.Column("meeting_id", "uuid", r => r.Meeting.Id.Value),
        UnnestInsert<MeetingRow>.Column("kind", "text", r => r.Meeting.Kind.ToString()),
        UnnestInsert<MeetingRow>.Column("progress", "text", r => r.Meeting.Progress.ToString()),
        UnnestInsert<MeetingRow>.Column("title", "text", r => r.Meeting.Title),
        UnnestInsert<MeetingRow>.Column("date", "date", r => r.Meeting.Date),
        UnnestInsert<MeetingRow>.Column("attendees", "int", r => r.Meeting.Attendees.Count),
        UnnestInsert<MeetingRow>.Column("decisions", "int", r => r.Meeting.Decisions.Count),
        UnnestInsert<MeetingRow>.Column("open_action_items", "int", r => r.Meeting.ActionItems.Count(a => a.CompletedOn is null)));

    private static readonly UnnestInsert<MeetingYearRow> MeetingYears = new(
        ["agreement_id", "year"],
        UnnestInsert<MeetingYearRow>.Column("agreement_id", "uuid", r => r.Agreement),
        UnnestInsert<MeetingYearRow>.Column("year", "int", r => r.Year.Year),
        UnnestInsert<MeetingYearRow>.Column("due", "int", r => r.Year.Due),
        UnnestInsert<MeetingYearRow>.Column("held", "int", r => r.Year.Held),
        UnnestInsert<MeetingYearRow>.Column("cancelled", "int", r => r.Year.Cancelled),
        UnnestInsert<MeetingYearRow>.Column("upcoming", "int", r => r.Year.Upcoming),
        UnnestInsert<MeetingYearRow>.Column("shortfall", "int", r => r.Year.Shortfall));

    public static void Write(NpgsqlBatch batch, FollowUpTables tables, IReadOnlyCollection<AgreementSnapshot> snapshots, DateOnly assessedOn)
    {
        List<PartyRow> parties = [];
        List<KpiRow> kpis = [];
        List<LedgerRow> ledger = [];
        List<MeetingRow> meetings = [];
        List<MeetingYearRow> years = [];
        foreach (var snapshot in snapshots)
        {
            var state = snapshot.State;
            var id = state.Id.Value;
            var assessments = KpiFulfilment.AssessAll(state, assessedOn);
            var lines = CoFinancingLedger.ByPartyAndYear(state, assessedOn);
            AddSummary(batch, tables.Summaries, snapshot, assessedOn, assessments, lines);
            parties.AddRange(state.Parties.Select(p => new PartyRow(id, p)));
            kpis.AddRange(assessments.Select((a, i) => new KpiRow(id, i, state.Kpis[i], a)));
            ledger.AddRange(lines.Select(l => new LedgerRow(id, l)));
            meetings.AddRange(state.Meetings.Select(m => new MeetingRow(id, m)));
            years.AddRange(MeetingsAgainstCadence.PerYear(state, assessedOn).Select(y => new MeetingYearRow(id, y)));
        }

        // After the summaries: their upserts lock each agreement's row first, so a writer that did not lock it beforehand
        // (Marten's inline follow-up) waits for a daily refresh holding it, and then replaces what the refresh wrote.
        var ids = snapshots.Select(s => s.State.Id.Value).ToArray();
        Parties.ReplaceIn(batch, tables.Parties, AgreementColumn, ids, parties);
        Kpis.ReplaceIn(batch, tables.Kpis, AgreementColumn, ids, kpis);
        Ledger.ReplaceIn(batch, tables.Ledger, AgreementColumn, ids, ledger);
        Meetings.ReplaceIn(batch, tables.Meetings, AgreementColumn, ids, meetings);
        MeetingYears.ReplaceIn(batch, tables.MeetingYears, AgreementColumn, ids, years);
    }

    private static void AddSummary(
        NpgsqlBatch batch, string table, AgreementSnapshot snapshot, DateOnly assessedOn,
        IReadOnlyList<KpiAssessment> assessments, IReadOnlyList<LedgerLine> lines)
    {
        var state = snapshot.State;
        int Count(KpiStatus status) => assessments.Count(a => a.Status == status);
        var next = state.Meetings
            .Where(m => m.Progress == MeetingProgress.Scheduled && m.Date >= assessedOn)
            .OrderBy(m => m.Date)
            .FirstOrDefault();
        var totals = CoFinancingLedger.Totals(lines);
        batch.Add(
            $"""
            INSERT INTO {table} (id, version, assessed_on, title, kind, status, strength_area, start_date, end_date,
                kpis_achieved, kpis_on_track, kpis_at_risk, kpis_off_track, kpis_not_reported, next_meeting_id, next_meeting_on,
                committed, invoiced, paid, outstanding, overdue, amendments_awaiting_acceptance)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, assessed_on = EXCLUDED.assessed_on,
                title = EXCLUDED.title, kind = EXCLUDED.kind, status = EXCLUDED.status, strength_area = EXCLUDED.strength_area,
                start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
                kpis_achieved = EXCLUDED.kpis_achieved, kpis_on_track = EXCLUDED.kpis_on_track, kpis_at_risk = EXCLUDED.kpis_at_risk,
                kpis_off_track = EXCLUDED.kpis_off_track, kpis_not_reported = EXCLUDED.kpis_not_reported,
                next_meeting_id = EXCLUDED.next_meeting_id, next_meeting_on = EXCLUDED.next_meeting_on,
                committed = EXCLUDED.committed, invoiced = EXCLUDED.invoiced, paid = EXCLUDED.paid,
                outstanding = EXCLUDED.outstanding, overdue = EXCLUDED.overdue,
                amendments_awaiting_acceptance = EXCLUDED.amendments_awaiting_acceptance
            """,
            state.Id.Value, snapshot.Version, assessedOn, state.Title, state.Kind.ToString(),
            state.StatusOn(assessedOn).ToString(), state.StrengthArea, state.Period.Start, state.Period.End,
            Count(KpiStatus.Achieved), Count(KpiStatus.OnTrack), Count(KpiStatus.AtRisk), Count(KpiStatus.OffTrack), Count(KpiStatus.NotReported),
            next?.Id.Value, next?.Date, totals.Committed, totals.Invoiced, totals.Paid, totals.Outstanding, totals.Overdue,
            state.Amendments.Count(a => a.IsPending));
    }
}
