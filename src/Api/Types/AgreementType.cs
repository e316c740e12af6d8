using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Portfolios;

namespace AgreementTracker.Api.Types;

/// <summary>The <c>Agreement</c> type over an <see cref="AgreementView"/>: every time-dependent figure is assessed on its <c>AsOf</c>.</summary>
internal static class AgreementType
{
    private const string Type = "Agreement";

    public static SchemaBuilder AddAgreementType(this SchemaBuilder builder) => builder
        .Field<AgreementView>(Type, "id", v => v.State.Id.Value)
        .Field<AgreementView>(Type, "title", v => v.State.Title)
        .Field<AgreementView>(Type, "kind", v => v.State.Kind)
        .Field<AgreementView>(Type, "purpose", v => v.State.Purpose)
        .Field<AgreementView>(Type, "status", v => v.State.StatusOn(v.AsOf))
        .Field<AgreementView>(Type, "period", v => v.State.Period)
        .Field<AgreementView>(Type, "strengthArea", v => v.State.StrengthArea)
        .Field<AgreementView>(Type, "targetGroups", v => v.State.TargetGroups)
        .Field<AgreementView>(Type, "geographicScope", v => v.State.GeographicScope)
        .Field<AgreementView>(Type, "parties", v => v.State.Parties)
        .Field<AgreementView>(Type, "termination", v => v.State.Termination)
        .Field<AgreementView>(Type, "expiredOn", v => v.State.ExpiredOn)
        .Field<AgreementView>(Type, "goals", v => v.State.Goals)
        .Field<AgreementView>(Type, "kpis", Kpis)
        .Field<AgreementView>(Type, "kpiHealth", v => KpiHealthCounts.Of(KpiAssessments.Of(v.State, v.AsOf).Select(a => a.Status)))
        .Field<AgreementView>(Type, "meetingCadence", v => v.State.Cadence)
        .Field<AgreementView>(Type, "meetings", v => v.State.Meetings)
        .Field<AgreementView>(Type, "nextMeeting", NextMeeting)
        .Field<AgreementView>(Type, "meetingCompliance", v => MeetingsAgainstCadence.PerYear(v.State, v.AsOf))
        .Field<AgreementView>(Type, "coFinancing", v => new LedgerView(v.State, v.AsOf))
        .Field<AgreementView>(Type, "actionPlans", ActionPlans)
        .Field<AgreementView>(Type, "activityReach", v => ActivityReach.PerYear(v.State))
        .Field<AgreementView>(Type, "evaluations", v => v.State.Evaluations)
        .Field<AgreementView>(Type, "amendments", v => v.State.Amendments)
        .Field<AgreementView>(Type, "version", v => v.Version);

    public static IReadOnlyList<KpiView> Kpis(AgreementView view) =>
        view.State.Kpis.Zip(KpiAssessments.Of(view.State, view.AsOf), (kpi, assessment) => new KpiView(kpi, assessment, view.State)).ToList();

    private static MeetingState? NextMeeting(AgreementView view) =>
        view.State.Meetings
            .Where(m => m.Progress == MeetingProgress.Scheduled && m.Date >= view.AsOf)
            .MinBy(m => m.Date);

    private static IReadOnlyList<ActionPlanView> ActionPlans(AgreementView view) =>
        view.State.ActionPlans
            .OrderBy(p => p.Year)
            .Select(plan => new ActionPlanView(plan, view.State.Activities.Where(a => a.ActionPlanId == plan.Id).ToList()))
            .ToList();
}
