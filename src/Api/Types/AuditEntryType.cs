using System.Globalization;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Audit;

namespace AgreementTracker.Api.Types;

/// <summary><c>AuditEntry</c> over the timeline's <see cref="AuditEntry"/>; the position is a string because it outgrows GraphQL's Int.</summary>
internal static class AuditEntryType
{
    public static SchemaBuilder AddAuditEntryType(this SchemaBuilder builder) => builder
        .Field<AuditEntry>("AuditEntry", "position", e => e.Position.ToString(CultureInfo.InvariantCulture));
}
