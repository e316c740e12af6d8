using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using Marten;

namespace AgreementTracker.Agreements.Changes;

/// <summary>What every change handler does before deciding: record who and why on the session's events, and read what a decision may know beyond its stream.</summary>
public static class ChangeContext
{
    /// <summary>
    /// The clock's now and the organisations' current names, read on every attempt so that an organisation registered a
    /// moment ago is found. The session's metadata goes on every event the change appends.
    /// </summary>
    public static async Task<CommandContext> OpenAsync(
        IDocumentSession session, CommandRequest request, OrganisationReader organisations, TimeProvider clock, CancellationToken ct)
    {
        session.LastModifiedBy = request.Actor;
        session.CorrelationId = request.CorrelationId;
        session.CausationId = request.CausationId;
        if (request.Reason is { } reason)
            session.SetHeader(AuditedEvent.ReasonHeader, reason);
        if (request.ActorName is { } name)
            session.SetHeader(AuditedEvent.ActorNameHeader, name);
        if (request.ActorOrganisation is { } organisation)
            session.SetHeader(AuditedEvent.ActorOrganisationHeader, organisation);
        var names = await organisations.NamesAsync(ct);
        return new CommandContext(clock.GetUtcNow(), id => names.GetValueOrDefault(id));
    }
}
