using System.Data;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Paging;

/// <summary>Counts a filtered result and fetches one window of it, both from the same snapshot of the tables.</summary>
internal sealed record PagedQuery(string Columns, string FromWhere, string OrderBy, object?[] Parameters)
{
    public async Task<Page<T>> RunAsync<T>(NpgsqlDataSource dataSource, PageWindow window, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var count = new NpgsqlCommand($"SELECT count(*) {FromWhere}", connection, transaction).WithParameters(Parameters);
        var total = checked((int)(long)(await count.ExecuteScalarAsync(cancellationToken))!);
        var (offset, limit) = window(total);

        var items = new List<T>(limit);
        if (limit > 0)
        {
            await using var select = new NpgsqlCommand(
                $"SELECT {Columns} {FromWhere} ORDER BY {OrderBy} OFFSET {offset} LIMIT {limit}", connection, transaction).WithParameters(Parameters);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                items.Add(read(reader));
        }
        await transaction.CommitAsync(cancellationToken);
        return new Page<T>(items, offset, total);
    }
}
