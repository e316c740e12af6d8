using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.Domain.Formatting;

/// <summary>One Danish sentence per organisation event, for the registry's history.</summary>
public static class OrganisationHistoryText
{
    public static string Describe(object @event, Func<OrganisationId, string?> organisationName) => @event switch
    {
        OrganisationRegistered e => $"{e.Name} blev registreret som {Of(e.Kind).ToLowerInvariant()}{(e.CvrNumber is null ? "" : $" (CVR {e.CvrNumber})")}.",
        OrganisationRenamed e => $"{e.PreviousName} skiftede navn til {e.NewName}.",
        OrganisationMerged e => $"Organisationen indgik i {organisationName(e.Into) ?? $"organisation {e.Into}"} {Date(e.MergedOn)}.",
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an organisation event.", nameof(@event)),
    };
}
