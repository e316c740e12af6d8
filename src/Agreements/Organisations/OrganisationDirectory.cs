using AgreementTracker.Agreements.FollowUp;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace AgreementTracker.Agreements.Organisations;

/// <summary>
/// The <c>organisation_directory</c> table of <see cref="OrganisationDirectoryTable"/>, changed event by event
/// with its commands, in the transaction of the events. Inline: a command names organisations and must find one
/// registered a moment before.
/// </summary>
public sealed class OrganisationDirectory : IProjection
{
    public const string ProjectionName = "organisation_directory";

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
            if (OrganisationDirectoryTable.CommandFor(OrganisationDirectoryTable.TableName, e.StreamId, e.Data) is { } command)
                operations.QueueOperation(new BatchCommandOperation(command));
        return Task.CompletedTask;
    }
}
