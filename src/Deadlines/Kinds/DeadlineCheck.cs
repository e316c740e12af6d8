using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>What a deadline is checked against when it fires: the agreement as it is now, today, and the organisations' names.</summary>
internal sealed record DeadlineCheck(AgreementState Agreement, DateOnly Today, DateOnly Deadline, IReadOnlyDictionary<OrganisationId, string> Names)
{
    /// <summary>
    /// A reminder that fires this many days after its deadline is old news (imported history, a long outage):
    /// the follow-up views already show the gap, and a burst of stale reminders would bury the current ones.
    /// Money still owed and agreements still to be expired are acted on however late.
    /// </summary>
    public const int NewsForDays = 14;

    public bool IsNews => Today.DayNumber - Deadline.DayNumber <= NewsForDays;

    public string NameOf(OrganisationId organisation) => Names.GetValueOrDefault(organisation) ?? $"organisation {organisation}";

    public IReadOnlyList<OrganisationId> AllParties => Agreement.Parties.Select(p => p.Organisation).ToList();
}

/// <summary>What a deadline found that people should read: a kind, the parties it concerns, and the text in Danish.</summary>
internal sealed record Notice(string Kind, IReadOnlyList<OrganisationId> Concerns, string Text);
