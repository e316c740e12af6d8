using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Common.Dates;

namespace AgreementTracker.Domain.DemoData;

/// <summary>A yearly action plan with activities and the reach each achieved.</summary>
internal sealed partial class AgreementSimulator
{
    private void PlanActionPlans(Timeline timeline)
    {
        for (var year = spec.Period.Start.Year; year <= timeline.LastDay.Year; year++)
        {
            var adoptedOn = Later(Later(new DateOnly(year, 1, 15), spec.Period.Start.AddDays(14)), timeline.LastSigned.AddDays(2));
            if (adoptedOn >= timeline.OpenUntil)
            {
                continue;
            }

            var planId = ActionPlanId.From(DemoIds.Next(random));
            var focus = DanishTexts.ActivityKinds.OrderBy(_ => random.Next()).Take(2).ToList();
            Add(adoptedOn, new AdoptActionPlan(id, planId, year, $"Handleplan {year}", focus, adoptedOn), Coordinator);
            var activities = 3 + random.Next(3);
            for (var a = 0; a < activities; a++)
            {
                var date = adoptedOn.AddDays(20 + random.Next(300));
                if (date.Year != year || date > timeline.LastDay)
                {
                    continue;
                }

                var activityId = ActivityId.From(DemoIds.Next(random));
                var responsible = DanishTexts.Pick(random, spec.Parties).Organisation;
                var title = $"{DanishTexts.Pick(random, DanishTexts.ActivityKinds)}: {spec.StrengthArea}";
                Add(adoptedOn, new PlanActivity(id, activityId, planId, title, date, organisations.Id(responsible)), Coordinator);
                var participants = 10 + random.Next(110);
                var unique = participants * (50 + random.Next(40)) / 100;
                var under50 = unique * (60 + random.Next(25)) / 100;
                Add(date.AddDays(2), new CompleteActivity(id, activityId, date, participants, unique, under50), organisations.Contact(responsible));
            }
        }
    }
}
