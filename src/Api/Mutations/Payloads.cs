using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Api.Mutations;

/// <summary>The source of <c>AgreementPayload</c>: the agreement as the command left it, and the versions its events took.</summary>
public sealed record AgreementPayload(AgreementView Agreement, Guid? CreatedId, AppendedEvents Events, bool Repeated);

/// <summary>The source of <c>OrganisationPayload</c>; the organisation itself is read from the (inline) directory.</summary>
public sealed record OrganisationPayload(OrganisationId OrganisationId, Guid? CreatedId, AppendedEvents Events, bool Repeated);

/// <summary>The events a change appended to a stream, read only if the client asks for them.</summary>
public sealed record AppendedEvents(Guid StreamId, long FromVersion, long ToVersion);
