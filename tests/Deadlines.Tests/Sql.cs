using Npgsql;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>Statements a test runs on a server's database itself, with positional parameters ($1, $2, ...).</summary>
internal static class Sql
{
    public static async Task<T> ScalarAsync<T>(this NpgsqlDataSource database, string sql, params object[] values)
    {
        await using var command = Command(database, sql, values);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(this NpgsqlDataSource database, string sql, params object[] values)
    {
        await using var command = Command(database, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlCommand Command(NpgsqlDataSource database, string sql, object[] values)
    {
        var command = database.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
