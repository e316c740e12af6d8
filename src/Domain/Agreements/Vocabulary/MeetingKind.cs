using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

[JsonConverter(typeof(JsonStringEnumConverter<MeetingKind>))]
public enum MeetingKind
{
    Coordination,
    Steering,
    Status,
    Evaluation,
    Other,
}
