using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
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
internal sealed record Notice(string Kind, IReadOnlyList<OrganisationId> Concerns, string Text)
{
    /// <summary>The notification it makes, under the id of the deadline message that found it (so a redelivery writes none).</summary>
    public Notification ToNotification(Guid messageId, IDeadlinePayload due, DateTimeOffset createdAt) =>
        new(messageId, due.AgreementId, Concerns, Kind, Text, DeadlineCalendar.StartOf(due.Deadline), createdAt);
}
