using System.Globalization;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// An agreement's fields, named as the GraphQL contract names them and valued as a Danish reader reads them, part by
/// part in the order they are listed: whole (<see cref="All"/>) or in groups a later state can reuse (<see cref="FlattenedAgreement"/>).
/// Only what the agreement itself records is here; time-dependent assessments (status, KPI status) are not, since
/// they change with the date rather than with an event.
/// </summary>
internal static class AgreementFields
{
    public static readonly IReadOnlyList<IAgreementPart> Parts =
    [
        new WholePart<AgreementTerms>(AgreementTerms.Of, Terms),
        new ItemsPart<PartyState>(s => s.Parties, "parties", (party, name) => name(party.Organisation), Party),
        new ItemsPart<AmendmentState>(s => s.Amendments, "amendments", (amendment, _) => amendment.Summary, Amendment),
        new ItemsPart<GoalState>(s => s.Goals, "goals", (goal, _) => goal.Description, Goal),
        new ItemsPart<KpiState>(s => s.Kpis, "kpis", (kpi, _) => kpi.Name, Kpi, KpiGroup),
        new WholePart<ActionPlansAndActivities>(s => new(s.ActionPlans, s.Activities), ActionPlans),
        new WholePart<IReadOnlyList<CadenceChange>>(s => s.Cadence, (fields, cadence, _) => Cadence(fields, cadence)),
        new ItemsPart<MeetingState>(s => s.Meetings, "meetings", (meeting, _) => meeting.Title, Meeting),
        new ItemsPart<CommitmentState>(s => s.Commitments, "coFinancing.commitments",
            (commitment, name) => $"{name(commitment.Party)} {commitment.Year}: {commitment.Purpose}", Commitment),
        new ItemsPart<EvaluationState>(s => s.Evaluations, "evaluations", (evaluation, _) => $"{Of(evaluation.Kind)} {Date(evaluation.EvaluatedOn)}", Evaluation),
    ];

    public static FieldValues All(AgreementState state, Func<OrganisationId, string> name)
    {
        var fields = new FieldValues();
        foreach (var part in Parts)
            part.Flatten(fields, state, name);
        return fields;
    }

    /// <summary>Everything <see cref="Terms"/> reads, so that equal terms are known to flatten alike.</summary>
    internal sealed record AgreementTerms(
        string Title, AgreementKind Kind, string Purpose, DatePeriod Period, string StrengthArea, IReadOnlyList<TargetGroup> TargetGroups,
        string GeographicScope, TerminationState? Termination, DateOnly? ExpiredOn)
    {
        public static AgreementTerms Of(AgreementState s) =>
            new(s.Title, s.Kind, s.Purpose, s.Period, s.StrengthArea, s.TargetGroups, s.GeographicScope, s.Termination, s.ExpiredOn);
    }

    /// <summary>The action plans with the activities planned under them: each plan lists its own.</summary>
    internal sealed record ActionPlansAndActivities(IReadOnlyList<ActionPlanState> Plans, IReadOnlyList<ActivityState> Activities);

    private static string? DateOrNull(DateOnly? date) => date is { } d ? Date(d) : null;

    private static void Terms(FieldValues fields, AgreementTerms terms, Func<OrganisationId, string> name)
    {
        fields.Add("title", terms.Title);
        fields.Add("kind", Of(terms.Kind));
        fields.Add("purpose", terms.Purpose);
        fields.Add("period.start", Date(terms.Period.Start));
        fields.Add("period.end", Date(terms.Period.End));
        fields.Add("strengthArea", terms.StrengthArea);
        fields.Add("targetGroups", string.Join(", ", terms.TargetGroups.Select(Of)));
        fields.Add("geographicScope", terms.GeographicScope);
        fields.Add("termination.terminatedBy", terms.Termination is { } t ? name(t.TerminatedBy) : null);
        fields.Add("termination.effectiveDate", DateOrNull(terms.Termination?.EffectiveDate));
        fields.Add("expiredOn", DateOrNull(terms.ExpiredOn));
    }

    private static void Party(FieldValues fields, string item, PartyState party, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.role", Of(party.Role));
        fields.Add($"{item}.signedOn", DateOrNull(party.SignedOn));
    }

    private static void Amendment(FieldValues fields, string item, AmendmentState amendment, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.proposedBy", name(amendment.ProposedBy));
        fields.Add($"{item}.acceptedBy", string.Join(", ", amendment.AcceptedBy.Select(name)));
        fields.Add($"{item}.inEffect", amendment.Applied ? "ja" : "nej");
        fields.Add($"{item}.rejectedBy", amendment.RejectedBy is { } rejectedBy ? name(rejectedBy) : null);
    }

    private static void Goal(FieldValues fields, string item, GoalState goal, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.kind", Of(goal.Hardness));
        fields.Add($"{item}.horizon", Of(goal.Horizon));
    }

    private static void Kpi(FieldValues fields, string item, KpiState kpi, Func<OrganisationId, string> name)
    {
        KpiTerms(fields, item, kpi, name);
        foreach (var measurement in kpi.CurrentMeasurements())
            fields.Add(SeriesPath(item, measurement), SeriesValue(kpi.Unit, measurement));
    }

    /// <summary>A KPI's terms as its group, each figure of its series as a child, kept from the earlier group while the figure and the unit are.</summary>
    private static FieldGroup KpiGroup(string item, KpiState kpi, FieldGroup? earlier, Func<OrganisationId, string> name)
    {
        var earlierSeries = earlier?.Source is KpiState { Unit: var unit } && unit == kpi.Unit ? earlier.Children : [];
        var current = kpi.CurrentMeasurements();
        var series = new FieldGroup[current.Count];
        for (var i = 0; i < series.Length; i++)
        {
            var measurement = current[i];
            series[i] = i < earlierSeries.Length && ReferenceEquals(earlierSeries[i].Source, measurement) ? earlierSeries[i]
                : FieldGroup.Field(measurement, SeriesPath(item, measurement), SeriesValue(kpi.Unit, measurement));
        }
        // One figure per period, and a period's text names it alone (ReportingPeriod.Parse reads it back).
        return FieldGroup.Of(kpi, fields => KpiTerms(fields, item, kpi, name), series, childrenDistinct: true);
    }

    private static void KpiTerms(FieldValues fields, string item, KpiState kpi, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.baseline", $"{Number(kpi.Baseline)} {kpi.Unit}");
        fields.Add($"{item}.target", $"{Number(kpi.Target)} {kpi.Unit}");
        fields.Add($"{item}.targetDate", Date(kpi.TargetDate));
        fields.Add($"{item}.responsibleParty", name(kpi.ResponsibleParty));
    }

    private static string SeriesPath(string item, MeasurementEntry measurement) => $"{item}.series[{measurement.Period}]";

    private static string SeriesValue(string unit, MeasurementEntry measurement) =>
        $"{Number(measurement.Value)} {unit} ({Of(measurement.Qualifier).ToLowerInvariant()})";

    private static void ActionPlans(FieldValues fields, ActionPlansAndActivities plans, Func<OrganisationId, string> name)
    {
        foreach (var plan in plans.Plans)
        {
            var item = fields.Item("actionPlans", plan.Year.ToString(CultureInfo.InvariantCulture));
            fields.Add($"{item}.title", plan.Title);
            fields.Add($"{item}.adoptedOn", Date(plan.AdoptedOn));
            foreach (var activity in plans.Activities.Where(a => a.ActionPlanId == plan.Id))
            {
                var activityItem = fields.Item($"{item}.activities", activity.Title);
                fields.Add($"{activityItem}.plannedFor", Date(activity.PlannedFor));
                fields.Add($"{activityItem}.responsible", name(activity.Responsible));
                fields.Add($"{activityItem}.completedOn", DateOrNull(activity.Outcome?.CompletedOn));
                fields.Add($"{activityItem}.participants", activity.Outcome is { } o ? Number(o.Participants) : null);
                fields.Add($"{activityItem}.uniqueCompanies", activity.Outcome is { } u ? Number(u.UniqueCompanies) : null);
                fields.Add($"{activityItem}.companiesUnder50Employees", activity.Outcome is { } c ? Number(c.CompaniesUnder50) : null);
            }
        }
    }

    private static void Cadence(FieldValues fields, IReadOnlyList<CadenceChange> cadence)
    {
        foreach (var change in cadence)
            fields.Add($"meetingCadence[{Date(change.EffectiveFrom)}]", $"{change.MeetingsPerYear} møder om året");
    }

    private static void Meeting(FieldValues fields, string item, MeetingState meeting, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.status", Of(meeting.Progress));
        fields.Add($"{item}.date", Date(meeting.Date));
        fields.Add($"{item}.attendees", meeting.Attendees.Count == 0 ? null : string.Join(", ", meeting.Attendees.Select(a => $"{a.Name} ({name(a.Organisation)})")));
        fields.Add($"{item}.decisions", meeting.Decisions.Count == 0 ? null : string.Join(" | ", meeting.Decisions));
        foreach (var actionItem in meeting.ActionItems)
        {
            var actionItemField = fields.Item($"{item}.actionItems", actionItem.Item.Description);
            fields.Add($"{actionItemField}.responsible", name(actionItem.Item.Responsible));
            fields.Add($"{actionItemField}.dueOn", DateOrNull(actionItem.Item.DueOn));
            fields.Add($"{actionItemField}.completedOn", DateOrNull(actionItem.CompletedOn));
        }
    }

    private static void Commitment(FieldValues fields, string item, CommitmentState commitment, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.amount", Kroner(commitment.Amount));
        fields.Add($"{item}.form", Of(commitment.Form));
        fields.Add($"{item}.cancelled", commitment.Cancelled ? "ja" : null);
        fields.Add($"{item}.invoiced", commitment.Invoices.Count == 0 ? null : Kroner(commitment.Invoiced));
        fields.Add($"{item}.paid", commitment.Paid == 0 ? null : Kroner(commitment.Paid));
    }

    private static void Evaluation(FieldValues fields, string item, EvaluationState evaluation, Func<OrganisationId, string> name)
    {
        fields.Add($"{item}.summary", evaluation.Summary);
        fields.Add($"{item}.recommendations", evaluation.Recommendations.Count == 0 ? null : string.Join(" | ", evaluation.Recommendations));
    }
}
