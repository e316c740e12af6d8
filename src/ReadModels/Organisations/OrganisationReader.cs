using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Paging;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Organisations;

/// <summary>
/// Organisations from the inline directory: by id, many ids at once (for data loaders), or listed by kind and name.
/// While this node hears every change, lookups by id and CVR number are answered from the whole directory, kept
/// (see <see cref="KeptDirectory"/>). Register one per process.
/// </summary>
/// <param name="heard">The changes this node hears; without it every lookup asks the database.</param>
public sealed class OrganisationReader(NpgsqlDataSource dataSource, HeardChanges? heard = null)
{
    private const string Columns = "id, name, kind, cvr_number, former_names, merged_into, merged_on";
    private const string Directory = OrganisationDirectoryTable.TableName;

    private readonly KeptDirectory _kept = new(heard ?? new HeardChanges());

    public async Task<OrganisationEntry?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await LoadManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<Guid, OrganisationEntry>> LoadManyAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (await KeptAsync(cancellationToken) is { } all)
            return ids.Distinct().Where(all.ContainsKey).ToDictionary(id => id, id => all[id]);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {Directory} WHERE id = ANY($1)").WithParameters(ids.ToArray());
        return await ReadEntriesAsync(command, cancellationToken);
    }

    /// <summary>The organisation registered under a CVR number (the one still on its own, if one was merged into another), or null.</summary>
    public async Task<OrganisationId?> FindByCvrAsync(string cvr, CancellationToken cancellationToken = default)
    {
        if (await KeptAsync(cancellationToken) is { } all)
            return all.Values.Where(e => e.CvrNumber == cvr).OrderBy(e => e.MergedInto is not null).ThenBy(e => e.Id, DatabaseUuidOrder.Instance)
                .Select(e => (OrganisationId?)new OrganisationId(e.Id)).FirstOrDefault();
        await using var command = dataSource.CreateCommand(
            $"SELECT id FROM {Directory} WHERE cvr_number = $1 ORDER BY merged_into IS NOT NULL, id LIMIT 1").WithParameters(cvr);
        return await command.ExecuteScalarAsync(cancellationToken) is Guid id ? new OrganisationId(id) : null;
    }

    /// <summary>
    /// Every organisation's current name: what a decision checks the organisations a command names against, and names
    /// them by in its refusals. Read fresh each time, so an organisation registered a moment ago is found.
    /// </summary>
    public async Task<IReadOnlyDictionary<OrganisationId, string>> NamesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT id, name FROM {Directory}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new Dictionary<OrganisationId, string>();
        while (await reader.ReadAsync(cancellationToken))
            names[new OrganisationId(reader.GetGuid(0))] = reader.GetString(1);
        return names;
    }

    /// <summary>One window of the organisations of a kind and/or whose name contains a text (ignoring case), by name.</summary>
    public Task<Page<OrganisationEntry>> SearchAsync(
        OrganisationKind? kind, string? nameContains, PageWindow window, CancellationToken cancellationToken = default)
    {
        var where = "WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR strpos(lower(name), lower($2)) > 0)";
        var query = new PagedQuery(Columns, $"FROM {Directory} {where}", "name, id", [kind?.ToString(), nameContains]);
        return query.RunAsync(dataSource, window, Read, cancellationToken);
    }

    /// <summary>The whole directory, kept or read now to be kept; null while changes are not heard.</summary>
    private async Task<IReadOnlyDictionary<Guid, OrganisationEntry>?> KeptAsync(CancellationToken cancellationToken)
    {
        if (_kept.Entries is { } kept)
            return kept;
        if (!_kept.Keeping)
            return null;
        var readAt = _kept.Generation;
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {Directory}");
        var all = await ReadEntriesAsync(command, cancellationToken);
        _kept.Keep(all, readAt);
        return all;
    }

    private static async Task<Dictionary<Guid, OrganisationEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<Guid, OrganisationEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var entry = Read(reader);
            entries[entry.Id] = entry;
        }
        return entries;
    }

    private static OrganisationEntry Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        Enum.Parse<OrganisationKind>(reader.GetString(2)),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetFieldValue<string[]>(4),
        reader.IsDBNull(5) ? null : reader.GetGuid(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6));
}
