using System.Text.Json;
using AgreementTracker.Domain.Agreements;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// How a folded agreement is stored (jsonb): plain System.Text.Json, as the domain's events are, so the ids,
/// enums and reporting periods use the domain's own converters.
/// </summary>
public static class AgreementStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Serialize(AgreementState state) => JsonSerializer.Serialize(state, Options);

    public static AgreementState Deserialize(string json) =>
        JsonSerializer.Deserialize<AgreementState>(json, Options)
        ?? throw new JsonException("A stored agreement snapshot is the JSON literal null.");
}
