using AgreementTracker.ReadModels.Sql;

namespace AgreementTracker.Deadlines.Notifications;

/// <summary>
/// The table of notifications, <c>public.notifications</c>: what the deadlines found, for BRN staff and for each party
/// to read its own. The row's id is the deadline message's id, so a message delivered twice still gives one row.
/// </summary>
public static class NotificationTable
{
    /// <summary>The table's name in the <c>public</c> schema, where <see cref="NotificationReader"/> reads it.</summary>
    public const string Name = "notifications";

    /// <summary>
    /// Creates the table and its indexes (newest first, per agreement, per party); the index names are left to
    /// PostgreSQL. Several statements separated by semicolons, the last without one.
    /// </summary>
    public static TableDefinition Definition { get; } = new(Name, """
        CREATE TABLE {table} (
            id               uuid        PRIMARY KEY,
            agreement_id     uuid        NOT NULL,
            organisation_ids uuid[]      NOT NULL,
            kind             text        NOT NULL,
            message          text        NOT NULL,
            due_at           timestamptz NOT NULL,
            created_at       timestamptz NOT NULL
        );
        CREATE INDEX ON {table} (agreement_id, created_at DESC, id DESC);
        CREATE INDEX ON {table} USING gin (organisation_ids);
        CREATE INDEX ON {table} (created_at DESC, id DESC)
        """);
}
