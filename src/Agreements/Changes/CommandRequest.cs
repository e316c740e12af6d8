using AgreementTracker.Agreements.Access;

namespace AgreementTracker.Agreements.Changes;

/// <summary>Who asks for a command and how it is to be applied; everything but the command itself.</summary>
/// <param name="Actor">Who does it: the signed-in user's subject (their stable id at the provider), or <c>system:…</c>
/// for the server's own work (deadlines).</param>
/// <param name="Access">What the actor may do: checked against every command before anything is decided.</param>
public sealed record CommandRequest(string Actor, AccessRights Access)
{
    /// <summary>The actor's name as people know them, kept beside the events for the audit timeline.</summary>
    public string? ActorName { get; init; }

    /// <summary>The CVR number of the organisation the actor acted for, if any.</summary>
    public string? ActorOrganisation { get; init; }

    /// <summary>Why, in the user's words; kept in the audit timeline.</summary>
    public string? Reason { get; init; }

    /// <summary>Ties the events to the request that caused them (an HTTP request, a message).</summary>
    public string? CorrelationId { get; init; }

    public string? CausationId { get; init; }

    /// <summary>The stream version the caller last read: a different version refuses the command as a conflict instead of retrying.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>A client-chosen key, scoped to <see cref="Actor"/>: repeating it returns the first result and writes nothing.</summary>
    public string? IdempotencyKey { get; init; }
}
