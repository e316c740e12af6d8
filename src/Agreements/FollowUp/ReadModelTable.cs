using System.Data.Common;
using AgreementTracker.ReadModels.Sql;
using Weasel.Core;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace AgreementTracker.Agreements.FollowUp;

/// <summary>
/// A read model's table as one of Marten's schema objects, created from the read model's own DDL when it is missing,
/// in the default schema where the readers look for it. Only created, never altered: a changed table is a migration.
/// </summary>
public sealed class ReadModelTable(TableDefinition table) : ISchemaObject
{
    private const string SchemaName = "public";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(SchemaName, table.Name, SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer) =>
        writer.WriteLine($"{table.CreateSqlFor(Identifier.QualifiedName)};");

    public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine($"DROP TABLE IF EXISTS {Identifier.QualifiedName} CASCADE;");

    public void ConfigureQueryCommand(DbCommandBuilder builder) =>
        builder.Append($"SELECT to_regclass('{Identifier.QualifiedName}') IS NOT NULL;");

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        return new SchemaObjectDelta(this, reader.GetBoolean(0) ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }

    public IEnumerable<DbObjectName> AllNames() => [Identifier];
}
