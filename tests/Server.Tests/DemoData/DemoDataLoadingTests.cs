using AgreementTracker.Domain.DemoData;
using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.TestHost;

namespace AgreementTracker.Server.Tests.DemoData;

/// <summary>The demo data as the server's command line asks for it.</summary>
public sealed class DemoDataLoadingTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static async Task StartAsync(params string[] args)
    {
        await using var app = await ServerApp.BuildAsync(args, b => b.WebHost.UseTestServer());
    }

    [Fact]
    public async Task Demo_loads_the_North_Jutland_history_with_its_original_times_and_loading_again_adds_nothing()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var expected = DemoDataGenerator.NorthJutland().ToList();

        await StartAsync("--connection", connectionString, "--demo");
        var first = await StoreContents.ReadAsync(connectionString);
        await StartAsync("--connection", connectionString, "--demo");
        var second = await StoreContents.ReadAsync(connectionString);

        Assert.Equal(expected.Count, first.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), first.Events);
        Assert.Equal(expected.SelectMany(s => s.Events).Min(e => e.Timestamp).UtcDateTime, first.FirstRecorded);
        Assert.True(first.LastRecorded <= DemoDataGenerator.AsOf.ToDateTime(TimeOnly.MaxValue), $"last event at {first.LastRecorded:u}");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_number_of_agreements_loads_the_generated_set_of_that_size_instead()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var expected = DemoDataGenerator.Generate(3).ToList();

        await StartAsync("--connection", connectionString, "--Demo:Agreements=3");
        var contents = await StoreContents.ReadAsync(connectionString);

        Assert.Equal(3, expected.Count(s => s.Kind == StreamKind.Agreement));
        Assert.Equal(expected.Count, contents.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), contents.Events);
    }
}
