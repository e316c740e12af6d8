using Npgsql;

namespace AgreementTracker.ReadModels.Sql;

/// <summary>
/// Whether a failure means the database is away for a while (restarting after a crash, still recovering, the connection
/// cut) rather than a refused statement or a bug: worth waiting for and trying again.
/// </summary>
public static class DatabaseAway
{
    /// <summary>Npgsql's transient failures, and PostgreSQL shutting down or starting up (SQLSTATE class 57P), however wrapped.</summary>
    public static bool Is(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } or PostgresException { SqlState: ['5', '7', 'P', _, _] }
        || exception.InnerException is { } inner && Is(inner);
}
