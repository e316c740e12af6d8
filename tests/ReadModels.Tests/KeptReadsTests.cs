using System.Text.Json;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests;

/// <summary>Readers that keep what they read answer as the database does, and ask it again once a change is heard.</summary>
public sealed class KeptReadsTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Kept_organisation_lookups_by_id_and_cvr_number_answer_what_the_database_answers()
    {
        var store = await DemoDatabase.StartStoreAsync(database.DataSource, TestClock.Start());
        var registered = Guid.NewGuid();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<OrganisationState>(registered,
                new OrganisationRegistered(new OrganisationId(registered), "Hjørring Kommune", OrganisationKind.Municipality, "29189633"));
            await session.SaveChangesAsync();
        }
        var fresh = new OrganisationReader(database.DataSource);
        var heard = new HeardChanges();
        heard.Listening();
        var kept = new OrganisationReader(database.DataSource, heard);
        var all = (await fresh.SearchAsync(null, null, total => (0, total))).Items.Select(o => o.Id).Append(Guid.NewGuid()).ToList();

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(JsonSerializer.Serialize(await fresh.LoadManyAsync(all)), JsonSerializer.Serialize(await kept.LoadManyAsync(all)));
            foreach (var cvr in new[] { "29189633", "00000000" })
                Assert.Equal(await fresh.FindByCvrAsync(cvr), await kept.FindByCvrAsync(cvr));
        }
    }

    [Fact]
    public void Guids_are_ordered_in_memory_as_PostgreSQL_orders_uuids()
    {
        var ids = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).ToArray();
        using var command = database.DataSource.CreateCommand("SELECT id FROM unnest($1::uuid[]) AS ids(id) ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        using var reader = command.ExecuteReader();
        var ordered = new List<Guid>();
        while (reader.Read())
            ordered.Add(reader.GetGuid(0));

        Assert.Equal(ordered, ids.Order(DatabaseUuidOrder.Instance));
    }

    [Fact]
    public async Task A_kept_agreement_is_answered_without_the_database_until_a_change_to_it_is_heard()
    {
        var store = await DemoDatabase.StartStoreAsync(database.DataSource, TestClock.Start());
        var id = new AgreementId(Guid.NewGuid());
        await using (var session = store.LightweightSession())
        {
            var start = TestClock.Today.AddDays(10);
            session.Events.StartStream<AgreementState>(id.Value, SampleAgreement.SignedWithKpi(id, new DatePeriod(start, start.AddYears(2)), TestClock.Today));
            await session.SaveChangesAsync();
        }
        var heard = new HeardChanges();
        heard.Listening();
        var reader = new AgreementReader(database.DataSource, heard);
        var first = await reader.LoadAsync(id.Value);

        await using (var behindItsBack = database.DataSource.CreateCommand($"UPDATE {FollowUpTables.SummaryTable} SET version = version + 100 WHERE id = $1"))
        {
            behindItsBack.Parameters.Add(new NpgsqlParameter { Value = id.Value });
            await behindItsBack.ExecuteNonQueryAsync();
        }
        Assert.Same(first, await reader.LoadAsync(id.Value));

        heard.Heard(Guid.NewGuid());
        Assert.Same(first, await reader.LoadAsync(id.Value));

        heard.Heard(id.Value);
        Assert.Equal(first!.Version + 100, (await reader.LoadAsync(id.Value))!.Version);
    }
}
