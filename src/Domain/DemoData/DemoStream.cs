using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.DemoData;

[JsonConverter(typeof(JsonStringEnumConverter<StreamKind>))]
public enum StreamKind
{
    Organisation,
    Agreement,
}

/// <summary>Who issued a command: a person's name and the identity they log in with.</summary>
public sealed record DemoActor(string Name, string Identity);

/// <summary>An organisation of the demo data: its name today, CVR number and contact person.</summary>
public sealed record DemoOrganisation(string Name, string Cvr, DemoActor Contact);

/// <summary>One event as the event store should append it: the domain event plus its metadata (who, when, why).</summary>
public sealed record DemoEvent(object Data, DemoActor Actor, DateTimeOffset Timestamp, string? Reason);

/// <summary>A whole stream, in order; <see cref="Id"/> is the organisation's or agreement's id.</summary>
public sealed record DemoStream(Guid Id, StreamKind Kind, IReadOnlyList<DemoEvent> Events);
