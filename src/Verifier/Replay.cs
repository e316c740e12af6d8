using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Integrity.Export;

namespace AgreementTracker.Verifier;

/// <summary>
/// Folds each exported stream's events with the domain's own Evolve, as the verifier accepts them, and compares the
/// result with the state the export states for it: the history must explain the state, not just be intact.
/// </summary>
internal sealed class Replay : IVerifiedEvents
{
    private static readonly Dictionary<string, Type> EventTypes = DomainEvents.All.ToDictionary(e => e.Name, e => e.Type);

    private readonly Dictionary<Guid, object?> _folded = [];
    private IReadOnlyDictionary<Guid, JsonElement>? _states;
    private string? _unknownEvent;
    private ExceptionDispatchInfo? _thrown;

    public void Manifest(ExportManifest manifest) => _states = manifest.States;

    public void Event(ExportedEvent e)
    {
        if (_states is null || _unknownEvent is not null || _thrown is not null)
            return;
        if (!EventTypes.TryGetValue(e.Type, out var type))
        {
            _unknownEvent = $"stream {e.StreamId} version {e.Version}: '{e.Type}' is not an event this verifier knows";
            return;
        }
        try
        {
            _folded[e.StreamId] = Evolve(_folded.GetValueOrDefault(e.StreamId), JsonSerializer.Deserialize(e.Data, type)!);
        }
        catch (Exception thrown)
        {
            // Thrown once the export has verified, as replaying it after the check would.
            _thrown = ExceptionDispatchInfo.Capture(thrown);
        }
    }

    /// <summary>The first stream whose replayed state differs from its stated one, or null when all agree.</summary>
    public string? FirstMismatch()
    {
        _thrown?.Throw();
        if (_unknownEvent is not null || _states is null)
            return _unknownEvent;
        foreach (var (stream, stated) in _states)
        {
            var replayed = JsonSerializer.SerializeToNode(_folded.GetValueOrDefault(stream));
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
