using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Schema;

/// <summary>
/// The contract's enums bound to the domain's: resolvers see <c>AgreementStatus.InForce</c> where the wire says
/// <c>IN_FORCE</c>. Where the contract names an enum in the users' words (GoalKind for hard/soft goals), the binding says so.
/// </summary>
public static class DomainEnums
{
    public static SchemaBuilder BindDomainEnums(this SchemaBuilder builder) => builder
        .BindEnum<AgreementKind>("AgreementKind")
        .BindEnum<AgreementStatus>("AgreementStatus")
        .BindEnum<TargetGroup>("TargetGroup")
        .BindEnum<PartyRole>("PartyRole")
        .BindEnum<EvaluationKind>("EvaluationKind")
        .BindEnum<GoalHardness>("GoalKind")
        .BindEnum<GoalHorizon>("GoalHorizon")
        .BindEnum<KpiDirection>("KpiDirection")
        .BindEnum<ReportingFrequency>("ReportingFrequency")
        .BindEnum<KpiStatus>("KpiStatus")
        .BindEnum<KpiTrend>("KpiTrend")
        .BindEnum<MeasurementQualifier>("MeasurementQualifier")
        .BindEnum<SourceKind>("MeasurementSourceKind")
        .BindEnum<MeetingKind>("MeetingKind")
        .BindEnum<MeetingProgress>("MeetingStatus")
        .BindEnum<ContributionForm>("FinancingForm")
        .BindEnum<OrganisationKind>("OrganisationKind");
}
