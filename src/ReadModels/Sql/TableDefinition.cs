using System.Text.RegularExpressions;

namespace AgreementTracker.ReadModels.Sql;

/// <summary>
/// A read-model table. <paramref name="CreateSql"/> creates it, writing <c>{table}</c> wherever the table's name goes, so
/// that a consistency check can create a scratch copy under another name. Leave index and constraint names to
/// PostgreSQL, so the live and scratch copies never compete for a name.
/// </summary>
public sealed partial record TableDefinition
{
    public const string NamePlaceholder = "{table}";

    public TableDefinition(string name, string createSql)
    {
        if (!TableName().IsMatch(name))
            throw new ArgumentException($"Table name '{name}' must be a lower-case SQL identifier (letters, digits, underscores).", nameof(name));
        if (!createSql.Contains(NamePlaceholder, StringComparison.Ordinal))
            throw new ArgumentException($"The CREATE statement of table '{name}' must write {NamePlaceholder} where the table name goes.", nameof(createSql));
        Name = name;
        CreateSql = createSql;
    }

    public string Name { get; }
    public string CreateSql { get; }

    public string CreateSqlFor(string tableName) => CreateSql.Replace(NamePlaceholder, tableName, StringComparison.Ordinal);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,50}$")]
    private static partial Regex TableName();
}
