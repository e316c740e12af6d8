using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Integrity.Export;

namespace AgreementTracker.Verifier;

/// <summary>
/// Folds each exported stream's events with the domain's own Evolve and compares the result with the state the export
/// states for it: the history must explain the state, not just be intact.
/// </summary>
internal static class Replay
{
    private static readonly Dictionary<string, Type> EventTypes = DomainEvents.All.ToDictionary(e => e.Name, e => e.Type);

    /// <summary>The first stream whose replayed state differs from its stated one, or null when all agree.</summary>
    public static string? FirstMismatch(TextReader export)
    {
        var manifest = JsonSerializer.Deserialize<ExportManifest>(export.ReadLine()!)!;
        if (manifest.States is not { } states)
            return null;
        var folded = new Dictionary<Guid, object?>();
        // The last line is the seal, not an event.
        var line = export.ReadLine();
        for (var next = line is null ? null : export.ReadLine(); next is not null; line = next, next = export.ReadLine())
        {
            var e = JsonSerializer.Deserialize<ExportedEvent>(line!)!;
            if (!EventTypes.TryGetValue(e.Type, out var type))
                return $"stream {e.StreamId} version {e.Version}: '{e.Type}' is not an event this verifier knows";
            folded[e.StreamId] = Evolve(folded.GetValueOrDefault(e.StreamId), JsonSerializer.Deserialize(e.Data, type)!);
        }
        foreach (var (stream, stated) in states)
        {
            var replayed = JsonSerializer.SerializeToNode(folded.GetValueOrDefault(stream));
            if (!JsonNode.DeepEquals(replayed, JsonNode.Parse(stated.GetRawText())))
                return $"stream {stream}: replaying its events does not give the state the export states";
        }
        return null;
    }

    private static object Evolve(object? state, object @event) => @event switch
    {
        IAgreementEvent => Agreement.Evolve((AgreementState?)state, @event),
        IOrganisationEvent => Organisation.Evolve((OrganisationState?)state, @event),
        _ => throw new JsonException($"{@event.GetType().Name} belongs to no stream kind."),
    };
}
