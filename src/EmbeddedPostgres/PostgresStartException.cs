namespace AgreementTracker.EmbeddedPostgres;

/// <summary>The private PostgreSQL could not be started; the message says why and what to do.</summary>
public sealed class PostgresStartException(string message) : Exception(message);
