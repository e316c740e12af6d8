using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Organisations;

[JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    BusinessRegion,
    Municipality,
    Region,
    BusinessHub,
    NationalCluster,
    KnowledgeInstitution,
    Other,
}
