using System.Reflection;
using Npgsql;

namespace AgreementTracker.Integrity;

/// <summary>
/// Installs the hash chain and the append-only guards (<c>schema/postgres/integrity/hash_chain.sql</c>) on Marten's
/// event tables, the log over all events (<c>log.sql</c>) and the record of checkpoints delivered (<c>deliveries.sql</c>). Run it after Marten has created them; it is safe on
/// every start and on several nodes at once.
/// </summary>
public static class IntegritySchema
{
    // Any constant no other advisory lock in the database uses: "integrit" in ASCII.
    private const long InstallLock = 0x696e746567726974;

    // In order: the log takes its entries from the chain's hashes.
    private static readonly string[] Scripts = ["hash_chain.sql", "log.sql", "deliveries.sql"];

    public static async Task InstallAsync(NpgsqlDataSource dataSource, string eventsSchema, CancellationToken ct = default)
    {
        var sql = string.Join('\n', Scripts.Select(Script)).Replace("__events__", QuoteIdentifier(eventsSchema), StringComparison.Ordinal);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var wait = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({InstallLock})", connection, transaction))
            await wait.ExecuteNonQueryAsync(ct);
        await using (var install = new NpgsqlCommand(sql, connection, transaction))
            await install.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    internal static string QuoteIdentifier(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return '"' + name.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
    }

    private static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"AgreementTracker.Integrity.{name}")
            ?? throw new InvalidOperationException($"The integrity script {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
