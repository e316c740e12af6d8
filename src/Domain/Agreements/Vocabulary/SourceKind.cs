using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

[JsonConverter(typeof(JsonStringEnumConverter<SourceKind>))]
public enum SourceKind
{
    Survey,
    SecretariatCount,
    Register,
    Other,
}
