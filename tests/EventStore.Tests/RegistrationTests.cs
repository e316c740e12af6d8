using System.Text.Json.Nodes;
using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

/// <summary>Configuration mistakes are refused when the store is configured, with the offending names.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void An_event_name_or_type_cannot_be_registered_twice_differently()
    {
        var registry = new EventTypeRegistry().Register<CounterStarted>("counter_started");

        Assert.Contains("already registered for", Assert.Throws<ArgumentException>(() => registry.Register<Renamed>("counter_started")).Message);
        Assert.Contains("is already registered as 'counter_started'", Assert.Throws<ArgumentException>(() => registry.Register<CounterStarted>("other")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => registry.Register<Renamed>("renamed", 0));
        Assert.Throws<ArgumentException>(() => registry.Register<Renamed>(" "));
        registry.Upcast("renamed", 1, node => node);
        Assert.Throws<ArgumentException>(() => registry.Upcast("renamed", 1, node => node));
    }

    [Fact]
    public void Upcasters_run_in_sequence_from_the_stored_version_to_the_current_one()
    {
        var registry = new EventTypeRegistry()
            .Register<Renamed>("renamed", 3)
            .Upcast("renamed", 1, v1 => new JsonObject { ["label"] = v1["title"]!.GetValue<string>() })
            .Upcast("renamed", 2, v2 => new JsonObject { ["name"] = v2["label"]!.GetValue<string>().ToUpperInvariant() });

        Assert.Equal(new Renamed("OLD"), registry.Deserialize("renamed", 1, """{"title":"old"}"""u8, 1));
        Assert.Equal(new Renamed("Mid"), registry.Deserialize("renamed", 3, """{"name":"Mid"}"""u8, 2));
        Assert.Contains("newer than the registered version 3", Assert.Throws<InvalidDataException>(() => registry.Deserialize("renamed", 4, "{}"u8, 3)).Message);
        Assert.Contains("Stored event 4 has type 'gone'", Assert.Throws<UnregisteredEventTypeException>(() => registry.Deserialize("gone", 1, "{}"u8, 4)).Message);
    }

    [Fact]
    public void Projections_need_unique_names_tables_and_a_table_placeholder()
    {
        var projections = new ProjectionRegistry().Add(new CounterTotalsProjection("a", "shared"), ProjectionLifecycle.Async);

        Assert.Contains("already registered", Assert.Throws<ArgumentException>(() => projections.Add(new CounterTotalsProjection("a", "other"), ProjectionLifecycle.Inline)).Message);
        Assert.Contains("already belongs to projection 'a'", Assert.Throws<ArgumentException>(() => projections.Add(new CounterTotalsProjection("b", "shared"), ProjectionLifecycle.Inline)).Message);
        Assert.Contains("{table}", Assert.Throws<ArgumentException>(() => new ProjectionTable("t", "CREATE TABLE t (id int)")).Message);
        Assert.Contains("lower-case SQL identifier", Assert.Throws<ArgumentException>(() => new ProjectionTable("Bad Name", "CREATE TABLE {table} ()")).Message);
        Assert.Contains("No projection named 'zzz'", Assert.Throws<ArgumentException>(() => projections.Get("zzz")).Message);
    }

    [Fact]
    public void A_fold_must_be_registered_before_it_is_used()
    {
        var options = new EventStoreOptions(TestClock.Start());

        var error = Assert.Throws<InvalidOperationException>(() => options.FoldFor<CounterState>());

        Assert.Equal("No fold is registered for CounterState; call options.Aggregate<CounterState>(...) first.", error.Message);
    }
}
