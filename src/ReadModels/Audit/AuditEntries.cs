using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Formatting;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>Turns one event, with its stream's state before and after it, into the audit entry the timeline keeps. Pure.</summary>
public static class AuditEntries
{
    /// <summary>Shown as the actor of an event appended without one (nothing in this application does that).</summary>
    public const string UnknownActor = "ukendt";

    /// <param name="changes">What the event changed (<see cref="AuditedChanges"/>).</param>
    public static AuditEntry ForAgreement(
        AuditedEvent e, AgreementState? before, IReadOnlyList<FieldChange> changes, Func<OrganisationId, string?> organisationName, byte[] hash) =>
        Entry(e, AgreementHistoryText.Describe(before, e.Data, organisationName), changes, hash);

    /// <param name="changes">What the event changed (<see cref="AuditedChanges"/>).</param>
    public static AuditEntry ForOrganisation(
        AuditedEvent e, IReadOnlyList<FieldChange> changes, Func<OrganisationId, string?> organisationName, byte[] hash) =>
        Entry(e, OrganisationHistoryText.Describe(e.Data, organisationName), changes, hash);

    private static AuditEntry Entry(AuditedEvent e, string summary, IReadOnlyList<FieldChange> changes, byte[] hash) => new(
        e.Sequence,
        e.StreamId,
        e.Version,
        e.Data.GetType().Name,
        summary,
        e.Timestamp,
        e.Actor ?? UnknownActor,
        e.Reason,
        e.CorrelationId,
        changes,
        Convert.ToHexStringLower(hash));
}
