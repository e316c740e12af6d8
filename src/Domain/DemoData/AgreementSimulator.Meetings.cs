using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.DemoData;

/// <summary>The cadence, and meetings held through the years with minutes, decisions and action items; now and then one is cancelled and moved.</summary>
internal sealed partial class AgreementSimulator
{
    private void PlanMeetings(Timeline timeline)
    {
        var perYear = spec.MeetingsPerYear;
        if (perYear == 0)
        {
            return;
        }

        Add(spec.Period.Start, new SetMeetingCadence(id, perYear, spec.Period.Start), Coordinator);
        var kind = spec.Kind == AgreementKind.FrameworkAgreement ? MeetingKind.Coordination : perYear >= 4 ? MeetingKind.Steering : MeetingKind.Status;
        for (var year = spec.Period.Start.Year; year <= timeline.LastDay.Year; year++)
        {
            for (var i = 0; i < perYear; i++)
            {
                var date = new DateOnly(year, 12 * i / perYear + 1 + 12 / perYear / 2, 5 + random.Next(20));
                if (date >= spec.Period.Start && date < timeline.OpenUntil && date <= timeline.LastDay)
                {
                    PlanMeeting(date, kind, timeline);
                }
            }
        }
    }

    private void PlanMeeting(DateOnly date, MeetingKind kind, Timeline timeline)
    {
        var meetingId = MeetingId.From(DemoIds.Next(random));
        var title = DanishTexts.MeetingTitle(kind, date);
        var scheduledOn = Dates.Later(date.AddDays(-30), timeline.LastSigned);
        Add(scheduledOn, new ScheduleMeeting(id, meetingId, kind, title, date), Coordinator);
        if (random.NextDouble() >= 0.06)
        {
            Hold(meetingId, kind, title, date);
            return;
        }

        Add(date.AddDays(-3), new CancelMeeting(id, meetingId), Coordinator, "For få deltagere kunne deltage");
        var replacement = date.AddDays(14 + random.Next(14));
        if (replacement < timeline.OpenUntil && replacement <= timeline.LastDay)
        {
            Hold(MeetingId.From(DemoIds.Next(random)), kind, $"{title} (flyttet)", replacement);
        }
    }

    private void Hold(MeetingId meetingId, MeetingKind kind, string title, DateOnly heldOn)
    {
        var attendees = spec.Parties.Select(p => new Attendee(organisations.Contact(p.Organisation).Name, organisations.Id(p.Organisation))).ToList();
        if (spec.Parties.All(p => p.Organisation != "Business Region North Denmark"))
        {
            attendees.Add(new Attendee(Secretariat.Name, organisations.Id("Business Region North Denmark")));
        }

        var items = Enumerable.Range(0, 1 + random.Next(3))
            .Select(_ => new ActionItem(
                ActionItemId.From(DemoIds.Next(random)),
                DanishTexts.Pick(random, DanishTexts.ActionItems),
                organisations.Id(DanishTexts.Pick(random, spec.Parties).Organisation),
                heldOn.AddDays(30 + random.Next(30))))
            .ToList();
        var minutes = $"{DanishTexts.Pick(random, DanishTexts.MinutesOpenings)} {DanishTexts.Pick(random, DanishTexts.MinutesClosings)}";
        var decisions = DanishTexts.Decisions.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList();
        Add(heldOn.AddDays(1), new HoldMeeting(id, meetingId, kind, title, heldOn, attendees, minutes, decisions, items), Coordinator);

        foreach (var item in items.Where(_ => random.NextDouble() < 0.75))
        {
            var completedOn = heldOn.AddDays(10 + random.Next(40));
            Add(completedOn, new CompleteActionItem(id, item.Id, completedOn), organisations.Contact(organisations.NameOf(item.Responsible)!));
        }
    }
}
