using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Who the agreement's activities are aimed at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetGroup>))]
public enum TargetGroup
{
    InnovationActiveSmes,
    SmesNotYetInnovating,
    SmeLargeCompanyCollaboration,
    Entrepreneurs,
}
