using Npgsql;

namespace AgreementTracker.EventStore.Benchmarks;

public sealed record BasketOpened(string Customer);
public sealed record ItemAdded(string Sku, int Quantity, decimal Price);

public sealed record Basket(string Customer, int Items, decimal Total)
{
    public static Basket Empty() => new("", 0, 0m);

    public static Basket Evolve(Basket basket, object @event) => @event switch
    {
        BasketOpened opened => basket with { Customer = opened.Customer },
        ItemAdded added => basket with { Items = basket.Items + added.Quantity, Total = basket.Total + added.Quantity * added.Price },
        _ => basket,
    };

    public static EventStoreOptions Options()
    {
        var options = new EventStoreOptions(TimeProvider.System);
        options.Events.Register<BasketOpened>("basket_opened").Register<ItemAdded>("item_added");
        options.Aggregate<Basket>("basket", Empty, Evolve);
        return options;
    }

    public static object[] EventsFor(int count) =>
        Enumerable.Range(0, count).Select(i => i == 0 ? new BasketOpened("customer-" + i) : (object)new ItemAdded($"SKU-{i:D6}", i % 5 + 1, 9.95m)).ToArray();
}

/// <summary>Items and value per basket, written set-based: one upsert per batch.</summary>
public sealed class BasketTotalsProjection(string table) : IProjection
{
    public string Name => table;

    public IReadOnlyList<ProjectionTable> Tables { get; } =
        [new(table, "CREATE TABLE {table} (stream_id uuid PRIMARY KEY, items bigint NOT NULL, total numeric NOT NULL, events bigint NOT NULL)")];

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        var physical = context.Table(table);
        var perStream = new Dictionary<Guid, (long Items, decimal Total, long Events)>();
        foreach (var e in events)
        {
            var (items, total, count) = perStream.GetValueOrDefault(e.StreamId);
            if (e.Data is ItemAdded added)
            {
                items += added.Quantity;
                total += added.Quantity * added.Price;
            }
            perStream[e.StreamId] = (items, total, count + 1);
        }
        await using var command = context.CreateCommand($"""
            INSERT INTO {physical} (stream_id, items, total, events)
            SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::numeric[], $4::bigint[])
            ON CONFLICT (stream_id) DO UPDATE SET items = {physical}.items + excluded.items,
                total = {physical}.total + excluded.total, events = {physical}.events + excluded.events
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Keys.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Values.Select(v => v.Items).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Values.Select(v => v.Total).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Values.Select(v => v.Events).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
