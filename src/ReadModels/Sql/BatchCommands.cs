using Npgsql;

namespace AgreementTracker.ReadModels.Sql;

/// <summary>Adds positional-parameter commands ($1, $2, ...) to a batch; nulls become SQL NULL.</summary>
internal static class BatchCommands
{
    public static void Add(this NpgsqlBatch batch, string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        batch.BatchCommands.Add(command);
    }

    public static NpgsqlCommand WithParameters(this NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
