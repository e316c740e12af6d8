using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Common;
using AgreementTracker.EventStore;

namespace AgreementTracker.Api.Mutations;

/// <summary>The source of <c>AgreementPayload</c>: the agreement as the command left it and what was appended.</summary>
public sealed record AgreementPayload(AgreementView Agreement, Guid? CreatedId, IReadOnlyList<EventEnvelope> Events, bool Repeated);

/// <summary>The source of <c>OrganisationPayload</c>; the organisation itself is read from the (inline) directory.</summary>
public sealed record OrganisationPayload(OrganisationId OrganisationId, Guid? CreatedId, IReadOnlyList<EventEnvelope> Events, bool Repeated);
