using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class GoalAndKpiMutations
{
    public static SchemaBuilder AddGoalAndKpiMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("setGoal", input =>
        {
            var id = input.NewId<GoalId>("goalId");
            return new([new SetGoal(input.Id<AgreementId>("agreementId"), id, input.Text("description"), input.Enum<GoalHardness>("kind"), input.Enum<GoalHorizon>("horizon"))], id.Value);
        })
        .AgreementMutation("defineKpi", input =>
        {
            var id = input.NewId<KpiId>("kpiId");
            var kpi = new DefineKpi(
                input.Id<AgreementId>("agreementId"), id, input.Text("code"), input.Text("name"), input.Text("unit"),
                input.Enum<KpiDirection>("direction"), input.Decimal("baseline"), input.Decimal("target"), input.Date("targetDate"),
                input.Enum<ReportingFrequency>("reportingFrequency"), input.OptionalText("geography") ?? "",
                input.Id<OrganisationId>("responsiblePartyId"), input.OptionalId<GoalId>("goalId"));
            return new([kpi], id.Value);
        })
        .AgreementMutation("reviseKpiTarget", input =>
            new ReviseKpiTarget(input.Id<AgreementId>("agreementId"), input.Id<KpiId>("kpiId"), input.Decimal("newTarget"), input.Date("newTargetDate")))
        .AgreementMutation("recordMeasurement", input =>
        {
            var (agreement, kpi, period, value, qualifier, source, reportedBy) = Measurement(input);
            return new RecordMeasurement(agreement, kpi, period, value, qualifier, source, reportedBy);
        })
        .AgreementMutation("correctMeasurement", input =>
        {
            var (agreement, kpi, period, value, qualifier, source, reportedBy) = Measurement(input);
            return new CorrectMeasurement(agreement, kpi, period, value, qualifier, source, reportedBy);
        });

    private static (AgreementId, KpiId, ReportingPeriod, decimal, MeasurementQualifier, MeasurementSource, OrganisationId) Measurement(MutationInput input)
    {
        var source = input.Object("source");
        return (
            input.Id<AgreementId>("agreementId"), input.Id<KpiId>("kpiId"), input.Period("period"), input.Decimal("value"),
            input.Enum<MeasurementQualifier>("qualifier"),
            new MeasurementSource(source.Enum<SourceKind>("kind"), source.OptionalInt("respondents"), source.OptionalText("description")),
            input.Id<OrganisationId>("reportedById"));
    }
}
