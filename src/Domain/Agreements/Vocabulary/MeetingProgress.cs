using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

[JsonConverter(typeof(JsonStringEnumConverter<MeetingProgress>))]
public enum MeetingProgress
{
    Scheduled,
    Held,
    Cancelled,
}
