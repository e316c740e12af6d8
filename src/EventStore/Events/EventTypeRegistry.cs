using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgreementTracker.EventStore;

/// <summary>
/// Maps CLR event types to stable names and schema versions (System.Text.Json bodies), and holds the
/// upcasters that turn an older schema version of a stored event into the current one on every read.
/// </summary>
public sealed class EventTypeRegistry
{
    private readonly Dictionary<Type, EventType> _byClrType = [];
    private readonly Dictionary<string, EventType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, int FromVersion), Func<JsonNode, JsonNode>> _upcasters = [];

    public JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    public IReadOnlyCollection<EventType> All => _byName.Values;

    public EventTypeRegistry Register<TEvent>(string name, int schemaVersion = 1) => Register(typeof(TEvent), name, schemaVersion);

    public EventTypeRegistry Register(Type clrType, string name, int schemaVersion = 1)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"Event type {clrType.Name} needs a non-empty stable name.", nameof(name));
        if (schemaVersion < 1)
            throw new ArgumentOutOfRangeException(nameof(schemaVersion), schemaVersion, $"Schema version of event '{name}' must be 1 or higher.");
        if (_byName.TryGetValue(name, out var taken) && taken.ClrType != clrType)
            throw new ArgumentException($"Event name '{name}' is already registered for {taken.ClrType.FullName}.", nameof(name));
        if (_byClrType.TryGetValue(clrType, out var named) && named.Name != name)
            throw new ArgumentException($"{clrType.FullName} is already registered as '{named.Name}'.", nameof(clrType));
        var eventType = new EventType(clrType, name, schemaVersion);
        _byClrType[clrType] = eventType;
        _byName[name] = eventType;
        return this;
    }

    /// <summary>Registers the JSON transformation from <paramref name="fromVersion"/> of event <paramref name="name"/> to the next version.</summary>
    public EventTypeRegistry Upcast(string name, int fromVersion, Func<JsonNode, JsonNode> toNextVersion)
    {
        ArgumentNullException.ThrowIfNull(toNextVersion);
        if (!_upcasters.TryAdd((name, fromVersion), toNextVersion))
            throw new ArgumentException($"An upcaster for event '{name}' version {fromVersion} is already registered.", nameof(fromVersion));
        return this;
    }

    public EventType ForClrType(Type clrType) =>
        _byClrType.TryGetValue(clrType, out var eventType)
            ? eventType
            : throw new UnregisteredEventTypeException(
                $"Event type {clrType.FullName} is not registered with the event store; register it with a stable name before appending it.");

    public EventType ForName(string name, long sequence) =>
        _byName.TryGetValue(name, out var eventType)
            ? eventType
            : throw new UnregisteredEventTypeException(
                $"Stored event {sequence} has type '{name}', which is not registered with the event store.");

    /// <summary>Turns a stored body into the current CLR event, upcasting older schema versions first.</summary>
    public object Deserialize(string name, int storedVersion, ReadOnlySpan<byte> json, long sequence)
    {
        var eventType = ForName(name, sequence);
        if (storedVersion == eventType.SchemaVersion)
            return JsonSerializer.Deserialize(json, eventType.ClrType, SerializerOptions)
                ?? throw new InvalidDataException($"Stored event {sequence} ('{name}') has a null body.");
        if (storedVersion > eventType.SchemaVersion)
            throw new InvalidDataException(
                $"Stored event {sequence} is '{name}' version {storedVersion}, newer than the registered version {eventType.SchemaVersion}; this server is older than the data.");

        var node = JsonNode.Parse(json) ?? throw new InvalidDataException($"Stored event {sequence} ('{name}') has a null body.");
        for (var version = storedVersion; version < eventType.SchemaVersion; version++)
        {
            if (!_upcasters.TryGetValue((name, version), out var upcast))
                throw new InvalidDataException(
                    $"Stored event {sequence} is '{name}' version {version}, and no upcaster from version {version} to {version + 1} is registered.");
            node = upcast(node);
        }
        return node.Deserialize(eventType.ClrType, SerializerOptions)
            ?? throw new InvalidDataException($"Upcasting stored event {sequence} ('{name}') produced a null body.");
    }
}
