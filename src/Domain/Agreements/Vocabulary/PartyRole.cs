using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>The part an organisation plays in an agreement.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartyRole>))]
public enum PartyRole
{
    Coordinator,
    Partner,
    CoFinancier,
    Host,
}
