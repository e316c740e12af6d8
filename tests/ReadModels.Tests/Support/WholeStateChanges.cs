using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Audit;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>
/// What an event changed found the straightforward way, as the audit timeline first did: both whole states flattened
/// to field paths and values, and compared through a dictionary. The product reuses the parts an event did not touch
/// (<see cref="AgreementChanges"/>, <see cref="AuditedChanges"/>) and must find exactly these changes, in this order.
/// </summary>
public static class WholeStateChanges
{
    public static IReadOnlyList<FieldChange> Between(AgreementState? before, AgreementState after, Func<OrganisationId, string?> organisationName)
    {
        var old = before is null ? [] : Fields(before, organisationName);
        var current = Fields(after, organisationName);
        var unmatched = old.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in current)
        {
            var previous = unmatched.GetValueOrDefault(field);
            if (previous != value)
                changes.Add(new FieldChange(field, previous, value));
            unmatched.Remove(field);
        }
        changes.AddRange(old.Where(f => unmatched.ContainsKey(f.Key)).Select(f => new FieldChange(f.Key, f.Value, null)));
        return changes;
    }

    private static List<KeyValuePair<string, string>> Fields(AgreementState state, Func<OrganisationId, string?> organisationName)
    {
        string Name(OrganisationId id) => organisationName(id) ?? $"organisation {id}";
        string? DateOrNull(DateOnly? date) => date is { } d ? Date(d) : null;

        var fields = new Flattening();
        fields.Add("title", state.Title);
        fields.Add("kind", Of(state.Kind));
        fields.Add("purpose", state.Purpose);
        fields.Add("period.start", Date(state.Period.Start));
        fields.Add("period.end", Date(state.Period.End));
        fields.Add("strengthArea", state.StrengthArea);
        fields.Add("targetGroups", string.Join(", ", state.TargetGroups.Select(Of)));
        fields.Add("geographicScope", state.GeographicScope);
        fields.Add("termination.terminatedBy", state.Termination is { } t ? Name(t.TerminatedBy) : null);
        fields.Add("termination.effectiveDate", DateOrNull(state.Termination?.EffectiveDate));
        fields.Add("expiredOn", DateOrNull(state.ExpiredOn));

        foreach (var party in state.Parties)
        {
            var item = fields.Item("parties", Name(party.Organisation));
            fields.Add($"{item}.role", Of(party.Role));
            fields.Add($"{item}.signedOn", DateOrNull(party.SignedOn));
        }

        foreach (var amendment in state.Amendments)
        {
            var item = fields.Item("amendments", amendment.Summary);
            fields.Add($"{item}.proposedBy", Name(amendment.ProposedBy));
            fields.Add($"{item}.acceptedBy", string.Join(", ", amendment.AcceptedBy.Select(Name)));
            fields.Add($"{item}.inEffect", amendment.Applied ? "ja" : "nej");
            fields.Add($"{item}.rejectedBy", amendment.RejectedBy is { } rejectedBy ? Name(rejectedBy) : null);
        }

        foreach (var goal in state.Goals)
        {
            var item = fields.Item("goals", goal.Description);
            fields.Add($"{item}.kind", Of(goal.Hardness));
            fields.Add($"{item}.horizon", Of(goal.Horizon));
        }

        foreach (var kpi in state.Kpis)
        {
            var item = fields.Item("kpis", kpi.Name);
            fields.Add($"{item}.baseline", $"{Number(kpi.Baseline)} {kpi.Unit}");
            fields.Add($"{item}.target", $"{Number(kpi.Target)} {kpi.Unit}");
            fields.Add($"{item}.targetDate", Date(kpi.TargetDate));
            fields.Add($"{item}.responsibleParty", Name(kpi.ResponsibleParty));
            foreach (var measurement in kpi.CurrentMeasurements())
                fields.Add($"{item}.series[{measurement.Period}]", $"{Number(measurement.Value)} {kpi.Unit} ({Of(measurement.Qualifier).ToLowerInvariant()})");
        }

        foreach (var plan in state.ActionPlans)
        {
            var item = fields.Item("actionPlans", plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            fields.Add($"{item}.title", plan.Title);
            fields.Add($"{item}.adoptedOn", Date(plan.AdoptedOn));
            foreach (var activity in state.Activities.Where(a => a.ActionPlanId == plan.Id))
            {
                var activityItem = fields.Item($"{item}.activities", activity.Title);
                fields.Add($"{activityItem}.plannedFor", Date(activity.PlannedFor));
                fields.Add($"{activityItem}.responsible", Name(activity.Responsible));
                fields.Add($"{activityItem}.completedOn", DateOrNull(activity.Outcome?.CompletedOn));
                fields.Add($"{activityItem}.participants", activity.Outcome is { } o ? Number(o.Participants) : null);
                fields.Add($"{activityItem}.uniqueCompanies", activity.Outcome is { } u ? Number(u.UniqueCompanies) : null);
                fields.Add($"{activityItem}.companiesUnder50Employees", activity.Outcome is { } c ? Number(c.CompaniesUnder50) : null);
            }
        }

        foreach (var cadence in state.Cadence)
            fields.Add($"meetingCadence[{Date(cadence.EffectiveFrom)}]", $"{cadence.MeetingsPerYear} møder om året");

        foreach (var meeting in state.Meetings)
        {
            var item = fields.Item("meetings", meeting.Title);
            fields.Add($"{item}.status", Of(meeting.Progress));
            fields.Add($"{item}.date", Date(meeting.Date));
            fields.Add($"{item}.attendees", meeting.Attendees.Count == 0 ? null : string.Join(", ", meeting.Attendees.Select(a => $"{a.Name} ({Name(a.Organisation)})")));
            fields.Add($"{item}.decisions", meeting.Decisions.Count == 0 ? null : string.Join(" | ", meeting.Decisions));
            foreach (var actionItem in meeting.ActionItems)
            {
                var actionItemField = fields.Item($"{item}.actionItems", actionItem.Item.Description);
                fields.Add($"{actionItemField}.responsible", Name(actionItem.Item.Responsible));
                fields.Add($"{actionItemField}.dueOn", DateOrNull(actionItem.Item.DueOn));
                fields.Add($"{actionItemField}.completedOn", DateOrNull(actionItem.CompletedOn));
            }
        }

        foreach (var commitment in state.Commitments)
        {
            var item = fields.Item("coFinancing.commitments", $"{Name(commitment.Party)} {commitment.Year}: {commitment.Purpose}");
            fields.Add($"{item}.amount", Kroner(commitment.Amount));
            fields.Add($"{item}.form", Of(commitment.Form));
            fields.Add($"{item}.cancelled", commitment.Cancelled ? "ja" : null);
            fields.Add($"{item}.invoiced", commitment.Invoices.Count == 0 ? null : Kroner(commitment.Invoiced));
            fields.Add($"{item}.paid", commitment.Paid == 0 ? null : Kroner(commitment.Paid));
        }

        foreach (var evaluation in state.Evaluations)
        {
            var item = fields.Item("evaluations", $"{Of(evaluation.Kind)} {Date(evaluation.EvaluatedOn)}");
            fields.Add($"{item}.summary", evaluation.Summary);
            fields.Add($"{item}.recommendations", evaluation.Recommendations.Count == 0 ? null : string.Join(" | ", evaluation.Recommendations));
        }

        return fields;
    }

    private sealed class Flattening : List<KeyValuePair<string, string>>
    {
        private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);

        public string Item(string collection, string label)
        {
            var key = $"{collection}[{label}]";
            var occurrence = _labels[key] = _labels.GetValueOrDefault(key) + 1;
            return occurrence == 1 ? key : $"{collection}[{label} ({occurrence})]";
        }

        public void Add(string field, string? value)
        {
            if (value is not null)
                Add(new KeyValuePair<string, string>(field, value));
        }
    }
}
