using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>What a deadline is checked against when it fires: the agreement as it is now, today, and the organisations' names.</summary>
internal sealed record DeadlineCheck(AgreementState Agreement, DateOnly Today, IReadOnlyDictionary<OrganisationId, string> Names)
{
    public string NameOf(OrganisationId organisation) => Names.GetValueOrDefault(organisation) ?? $"organisation {organisation}";

    public IReadOnlyList<OrganisationId> AllParties => Agreement.Parties.Select(p => p.Organisation).ToList();
}

/// <summary>What a deadline found that people should read: a kind, the parties it concerns, and the text in Danish.</summary>
internal sealed record Notice(string Kind, IReadOnlyList<OrganisationId> Concerns, string Text);
