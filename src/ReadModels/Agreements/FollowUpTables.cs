using AgreementTracker.ReadModels.Sql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// The follow-up tables: each agreement's stream version and the flat rows its follow-up is filtered, sorted and added
/// up by: summary, parties, KPI status, co-financing ledger per party and year, meetings, meetings against the
/// cadence, amendments awaiting acceptance. Written by <see cref="AgreementRows"/>; the physical names are the live tables' or a consistency check's
/// scratch copies. The folded state itself is kept once, in Marten's document of the agreement (<see cref="AgreementDocuments"/>).
/// </summary>
public sealed record FollowUpTables(string Summaries, string Parties, string Kpis, string Ledger, string Meetings, string MeetingYears)
{
    public const string SummaryTable = "agreement_summaries";
    public const string PartyTable = "agreement_parties";
    public const string KpiTable = "agreement_kpis";
    public const string LedgerTable = "agreement_ledger";
    public const string MeetingTable = "agreement_meetings";
    public const string MeetingYearTable = "agreement_meeting_years";

    /// <summary>
    /// Marten's inline document of each agreement (AgreementsModule's schema, its <c>AgreementState</c> mapping): the
    /// state the follow-up rows were assessed from, as JSON that <see cref="AgreementStateJson"/> reads.
    /// </summary>
    public const string AgreementDocuments = "events.mt_doc_agreementstate";

    public static FollowUpTables Live { get; } = new(SummaryTable, PartyTable, KpiTable, LedgerTable, MeetingTable, MeetingYearTable);

    public static IReadOnlyList<TableDefinition> Definitions { get; } =
    [
        new(SummaryTable, """
            CREATE TABLE {table} (
                id                uuid    PRIMARY KEY,
                version           bigint  NOT NULL,
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
                -- Amendments some party has yet to accept. Last: an older database gets it added there, and checks compare whole rows.
                amendments_awaiting_acceptance int NOT NULL,
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
}
