using AgreementTracker.Agreements.FollowUp;
using AgreementTracker.Domain;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace AgreementTracker.Agreements.Organisations;

/// <summary>
/// The <c>organisation_directory</c> table of <see cref="OrganisationDirectoryTable"/>, changed event by event
/// with its commands, in the transaction of the events. Inline: a command names organisations and must find one
/// registered a moment before.
/// </summary>
public sealed class OrganisationDirectory : ProjectionBase, IProjection
{
    public const string ProjectionName = "organisation_directory";

    public OrganisationDirectory()
    {
        Name = ProjectionName;
        // A rebuild then reads only the organisations' events, not every agreement's.
        foreach (var type in DomainEvents.OfKind<IOrganisationEvent>())
            IncludeType(type);
    }

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
            if (OrganisationDirectoryTable.CommandFor(OrganisationDirectoryTable.TableName, e.StreamId, e.Data) is { } command)
                operations.QueueOperation(new BatchCommandOperation(command));
        return Task.CompletedTask;
    }
}
