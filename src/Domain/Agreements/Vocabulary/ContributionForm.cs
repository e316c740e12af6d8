using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Co-financing paid in money or delivered as hours, premises and the like.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContributionForm>))]
public enum ContributionForm
{
    Cash,
    InKind,
}
