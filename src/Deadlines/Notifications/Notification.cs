using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Notifications;

/// <summary>Something a deadline found, for the parties it concerns to read.</summary>
/// <param name="Id">The id of the deadline message that wrote it.</param>
/// <param name="Organisations">The parties it concerns.</param>
/// <param name="Kind">One of <see cref="NotificationKinds"/>.</param>
/// <param name="Message">The text in Danish, as users read it.</param>
/// <param name="DueAt">When the deadline fell due.</param>
public sealed record Notification(
    Guid Id,
    AgreementId AgreementId,
    IReadOnlyList<OrganisationId> Organisations,
    string Kind,
    string Message,
    DateTimeOffset DueAt,
    DateTimeOffset CreatedAt);
