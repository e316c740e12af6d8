using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

[JsonConverter(typeof(JsonStringEnumConverter<EvaluationKind>))]
public enum EvaluationKind
{
    MidTerm,
    Annual,
    Final,
}
