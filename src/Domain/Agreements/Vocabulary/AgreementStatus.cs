using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Where an agreement stands on a given date.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgreementStatus>))]
public enum AgreementStatus
{
    Draft,
    SignedAwaitingStart,
    InForce,
    Expired,
    Terminated,
}
