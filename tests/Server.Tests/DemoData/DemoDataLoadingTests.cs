using AgreementTracker.Domain.DemoData;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Server.Tests.DemoData;

/// <summary>The demo data as the server's command line asks for it, imported as the server starts.</summary>
public sealed class DemoDataLoadingTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Demo_loads_the_North_Jutland_history_with_its_original_times_and_loading_again_adds_nothing()
    {
        var expected = DemoDataGenerator.NorthJutland().ToList();

        await using var server = await ServerHost.StartAsync(database, "--demo", "--Projections:RunDaemon=false");
        var first = await StoreContents.ReadAsync(server.ConnectionString);
        await using (await ServerHost.StartOnAsync(server.ConnectionString, server.Clock, options: ["--demo", "--Projections:RunDaemon=false"]))
        {
        }
        var second = await StoreContents.ReadAsync(server.ConnectionString);

        Assert.Equal(expected.Count, first.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), first.ImportedEvents);
        Assert.Equal(expected.SelectMany(s => s.Events).Min(e => e.Timestamp).UtcDateTime, first.FirstRecorded);
        Assert.True(first.LastRecorded <= DemoDataGenerator.AsOf.ToDateTime(TimeOnly.MaxValue), $"last event at {first.LastRecorded:u}");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_number_of_agreements_loads_the_generated_set_of_that_size_instead()
    {
        var expected = DemoDataGenerator.Generate(3).ToList();

        await using var server = await ServerHost.StartAsync(database, "--Demo:Agreements=3", "--Projections:RunDaemon=false");
        var contents = await StoreContents.ReadAsync(server.ConnectionString);

        Assert.Equal(3, expected.Count(s => s.Kind == StreamKind.Agreement));
        Assert.Equal(expected.Count, contents.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), contents.ImportedEvents);
    }
}
