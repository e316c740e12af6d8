using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EventStore.Tests;

public sealed class SchemaMigratorTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Servers_starting_together_apply_each_file_exactly_once()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());

        var applied = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => SchemaMigrator.ApplyAsync(dataSource))));

        Assert.Equal(SchemaMigrator.Scripts.Select(s => s.Version), applied.SelectMany(a => a).Select(s => s.Version).Order());
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM public.schema_migrations");
        Assert.Equal((long)SchemaMigrator.Scripts.Count, (long)(await count.ExecuteScalarAsync())!);
        Assert.Empty(await SchemaMigrator.ApplyAsync(dataSource));
    }

    [Fact]
    public async Task A_file_changed_after_it_was_applied_stops_the_start()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        await SchemaMigrator.ApplyAsync(dataSource);
        await using (var edit = dataSource.CreateCommand("UPDATE public.schema_migrations SET checksum = 'edited' WHERE version = 1"))
            await edit.ExecuteNonQueryAsync();

        var error = await Assert.ThrowsAsync<SchemaMismatchException>(() => SchemaMigrator.ApplyAsync(dataSource));

        Assert.StartsWith("Schema file 0001_event_store.sql (version 1) was changed after it was applied", error.Message);
    }

    [Fact]
    public void The_embedded_files_are_the_numbered_files_of_the_schema_folder()
    {
        Assert.Contains(SchemaMigrator.Scripts, s => s is { Version: 1, Name: "0001_event_store.sql" });
        Assert.Equal(SchemaMigrator.Scripts.Select(s => s.Version).Order(), SchemaMigrator.Scripts.Select(s => s.Version));
    }
}
