using System.Text.Json.Nodes;
using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

// Version 1 of "renamed" stored the name as "title"; version 2 calls it "name" and adds a reason.
public sealed record RenamedV1(string Title);
public sealed record RenamedV2(string Name, string Why);

public sealed class UpcastingTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Old_versions_are_upcast_on_every_read_path()
    {
        var oldServer = new StreamStore(database.DataSource, Options(o => o.Events.Register<RenamedV1>("counter_renamed", 1)));
        await oldServer.InitializeAsync();
        var id = Guid.NewGuid();
        var session = oldServer.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("a"), new RenamedV1("old title"));
        await session.SaveChangesAsync();

        var projection = new RenameLog();
        var newServer = new StreamStore(database.DataSource, Options(o =>
        {
            o.Events.Register<RenamedV2>("counter_renamed", 2)
                .Upcast("counter_renamed", 1, v1 => new JsonObject { ["name"] = v1["title"]!.GetValue<string>(), ["why"] = "upcast from v1" });
            o.Projections.Add(projection, ProjectionLifecycle.Async);
        }));
        await newServer.InitializeAsync();
        var upcast = new RenamedV2("old title", "upcast from v1");

        var stream = await newServer.FetchStreamAsync(id);
        Assert.Equal(upcast, stream[1].Data);
        Assert.Equal(1, stream[1].StoredSchemaVersion);
        Assert.Equal(upcast, (await newServer.ReadAllAsync(stream[1].Sequence, 1))[0].Data);
        Assert.Equal("old title", (await newServer.AggregateStreamAsync<CounterState>(id))!.Name);
        await using (var daemon = newServer.CreateDaemon(TestStores.FastDaemon()))
        {
            await daemon.StartAsync();
            await daemon.WaitForNonStaleAsync(TimeSpan.FromSeconds(30));
        }
        Assert.Contains(upcast, projection.Seen);
    }

    [Fact]
    public async Task A_missing_upcaster_is_reported_with_the_event_and_versions()
    {
        var oldServer = new StreamStore(database.DataSource, Options(o => o.Events.Register<RenamedV1>("counter_renamed", 1)));
        await oldServer.InitializeAsync();
        var id = Guid.NewGuid();
        var session = oldServer.OpenSession();
        session.StartStream(id, "counter", new RenamedV1("t"));
        await session.SaveChangesAsync();
        var newServer = new StreamStore(database.DataSource, Options(o => o.Events.Register<RenamedV2>("counter_renamed", 2)));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => newServer.FetchStreamAsync(id));

        Assert.Contains("is 'counter_renamed' version 1, and no upcaster from version 1 to 2 is registered", error.Message);
    }

    private static EventStoreOptions Options(Action<EventStoreOptions> configure)
    {
        var options = new EventStoreOptions(TestClock.Start());
        options.Events.Register<CounterStarted>("counter_started");
        options.Aggregate<CounterState>("counter", CounterState.Initial, (state, e) => e switch
        {
            RenamedV2 renamed => state with { Name = renamed.Name },
            RenamedV1 renamed => state with { Name = renamed.Title },
            _ => CounterState.Evolve(state, e),
        });
        configure(options);
        return options;
    }

    private sealed class RenameLog : IProjection
    {
        public List<object> Seen { get; } = [];
        public string Name => "rename_log";
        public IReadOnlyList<ProjectionTable> Tables { get; } = [];

        public Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            lock (Seen) Seen.AddRange(events.Select(e => e.Data));
            return Task.CompletedTask;
        }
    }
}
