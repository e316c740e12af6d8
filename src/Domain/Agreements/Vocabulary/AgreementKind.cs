using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>What sort of agreement, in the kinds the seeds describe.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgreementKind>))]
public enum AgreementKind
{
    FrameworkAgreement,
    StrategicActivityAgreement,
    ProjectAgreement,
    CoLocationAgreement,
    SharedEmployeeAgreement,
    EconomicPartnership,
}
