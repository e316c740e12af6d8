using System.Text.Json;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>The jsonb of the audit tables: an entry's changed fields, and the organisations as the timeline has folded them.</summary>
internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<FieldChange> changes) => JsonSerializer.Serialize(changes, Options);

    public static IReadOnlyList<FieldChange> Changes(string json) => JsonSerializer.Deserialize<List<FieldChange>>(json, Options) ?? [];

    public static string Serialize(OrganisationState state) => JsonSerializer.Serialize(state, Options);

    public static OrganisationState Organisation(string json) =>
        JsonSerializer.Deserialize<OrganisationState>(json, Options) ?? throw new JsonException("A stored organisation state is the JSON literal null.");
}
