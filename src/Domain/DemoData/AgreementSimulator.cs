using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// Lives through one agreement: plans every command with its date (drafting, signatures, KPIs, meetings, figures,
/// co-financing, action plans, evaluations and the spec's twists), then issues them in time order through
/// <see cref="Agreement.Decide"/>. Nothing after the dataset's date is issued.
/// </summary>
internal sealed class AgreementSimulator
{
    private const int DaysFromNoticeToTermination = 45;

    private readonly AgreementSpec spec;
    private readonly Random random;
    private readonly DemoOrganisations organisations;
    private readonly DateOnly asOf;
    private readonly AgreementId id;
    private readonly List<Step> steps = [];

    private AgreementSimulator(AgreementSpec spec, Random random, DemoOrganisations organisations, DateOnly asOf)
    {
        this.spec = spec;
        this.random = random;
        this.organisations = organisations;
        this.asOf = asOf;
        id = AgreementId.From(DemoIds.Next(random));
    }

    private sealed record Step(DateOnly On, int Sequence, IAgreementCommand Command, DemoActor Actor, string? Reason);

    /// <summary>The agreement's period as it ends up, and the dates after which nothing new is agreed or reported.</summary>
    private sealed record Timeline(DateOnly LastSigned, DateOnly End, DateOnly LastDay, DateOnly OpenUntil, Termination? Termination);

    public static DemoStream Simulate(AgreementSpec spec, Random random, DemoOrganisations organisations, DateOnly asOf)
    {
        var simulator = new AgreementSimulator(spec, random, organisations, asOf);
        simulator.Plan();
        return simulator.Run();
    }

    private DemoActor Secretariat => organisations.Secretariat;

    private DemoActor Coordinator =>
        spec.Parties.FirstOrDefault(p => p.Role == PartyRole.Coordinator) is { } coordinator ? organisations.Contact(coordinator.Organisation) : Secretariat;

    private void Plan()
    {
        var lastSigned = PlanDrafting();
        if (lastSigned is not { } signed)
        {
            return;
        }

        var timeline = TimelineAfter(signed);
        PlanTwists(timeline);
        var kpis = PlanGoalAndKpis(timeline);
        PlanMeetings(timeline);
        PlanMeasurements(timeline, kpis);
        PlanCoFinancing(timeline);
        if (spec.ActionPlans)
        {
            PlanActionPlans(timeline);
        }

        PlanEvaluations(timeline);
    }

    private DemoStream Run()
    {
        var recorder = new StreamRecorder<AgreementState, IAgreementCommand>(Agreement.Decide, Agreement.Evolve, organisations.NameOf);
        var clock = DateTimeOffset.MinValue;
        foreach (var step in steps.Where(s => s.On <= asOf).OrderBy(s => s.On).ThenBy(s => s.Sequence))
        {
            // Steps planned for the same day keep their planned order: later ones depend on earlier ones.
            var startOfDay = new DateTimeOffset(step.On.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
            clock = (clock > startOfDay ? clock : startOfDay).AddMinutes(1 + random.Next(25));
            recorder.Issue(step.Command, step.Actor, clock, step.Reason);
        }

        return new DemoStream(id.Value, StreamKind.Agreement, recorder.Events);
    }

    /// <returns>The date of the last signature, or null when the agreement stays a draft.</returns>
    private DateOnly? PlanDrafting()
    {
        var draftedOn = spec.Period.Start.AddDays(-90 - random.Next(30));
        Add(draftedOn, new DraftAgreement(id, spec.Title, spec.Kind, spec.Purpose, spec.Period, spec.StrengthArea, spec.TargetGroups, spec.Scope), Secretariat);
        foreach (var party in spec.Parties)
        {
            Add(draftedOn, new AddParty(id, organisations.Id(party.Organisation), party.Role), Secretariat);
        }

        foreach (var left in spec.Twists.OfType<LeftDuringDrafting>())
        {
            var organisation = organisations.Id(left.Organisation);
            Add(draftedOn, new AddParty(id, organisation, PartyRole.Partner), Secretariat);
            Add(draftedOn.AddDays(14), new RemoveParty(id, organisation), Secretariat, left.Reason);
        }

        var unsigned = spec.Twists.OfType<AwaitingSignature>().Select(t => t.Organisation).ToHashSet();
        var lastSigned = draftedOn;
        for (var i = 0; i < spec.Parties.Count; i++)
        {
            var party = spec.Parties[i].Organisation;
            if (unsigned.Contains(party))
            {
                continue;
            }

            var signedOn = spec.Period.Start.AddDays(-40 + i * 3 + random.Next(5));
            lastSigned = signedOn > lastSigned ? signedOn : lastSigned;
            Add(signedOn, new SignAgreement(id, organisations.Id(party), signedOn), organisations.Contact(party));
        }

        return unsigned.Count == 0 ? lastSigned : null;
    }

    private Timeline TimelineAfter(DateOnly lastSigned)
    {
        var end = spec.Twists.OfType<Extension>().Select(e => e.NewEnd).DefaultIfEmpty(spec.Period.End).Max();
        var termination = spec.Twists.OfType<Termination>().SingleOrDefault();
        return termination is null
            ? new Timeline(lastSigned, end, end, end, null)
            : new Timeline(lastSigned, end, termination.EffectiveDate.AddDays(-1), termination.EffectiveDate.AddDays(-DaysFromNoticeToTermination), termination);
    }

    private void PlanTwists(Timeline timeline)
    {
        foreach (var twist in spec.Twists)
        {
            switch (twist)
            {
                case Extension e:
                    Add(e.DecidedOn, new ExtendAgreement(id, e.NewEnd), Coordinator, e.Reason);
                    break;
                case Termination t:
                    Add(timeline.OpenUntil, new TerminateAgreement(id, organisations.Id(t.By), t.EffectiveDate), organisations.Contact(t.By), t.Reason);
                    break;
                case Amendment a:
                    PlanAmendment(a);
                    break;
            }
        }

        if (timeline.Termination is null)
        {
            var reason = spec.Twists.OfType<NotRenewed>().FirstOrDefault()?.Reason ?? "Aftaleperioden er udløbet";
            Add(timeline.End.AddDays(3 + random.Next(7)), new ExpireAgreement(id), Secretariat, reason);
        }
    }

    private void PlanAmendment(Amendment amendment)
    {
        var amendmentId = AmendmentId.From(DemoIds.Next(random));
        Add(amendment.ProposedOn, new ProposeAmendment(id, amendmentId, organisations.Id(amendment.By), amendment.Summary, amendment.Changes),
            organisations.Contact(amendment.By), amendment.Reason);
        var acceptedOn = amendment.ProposedOn;
        foreach (var party in spec.Parties.Where(p => p.Organisation != amendment.By))
        {
            acceptedOn = acceptedOn.AddDays(2 + random.Next(8));
            var answerer = organisations.Id(party.Organisation);
            if (party.Organisation == amendment.RejectedBy)
            {
                Add(acceptedOn, new RejectAmendment(id, amendmentId, answerer), organisations.Contact(party.Organisation), "Ændringen ligger uden for klyngens mandat");
                return;
            }

            Add(acceptedOn, new AcceptAmendment(id, amendmentId, answerer), organisations.Contact(party.Organisation));
        }
    }

    private IReadOnlyList<KpiId> PlanGoalAndKpis(Timeline timeline)
    {
        var definedOn = timeline.LastSigned.AddDays(1);
        var goalId = GoalId.From(DemoIds.Next(random));
        Add(definedOn, new SetGoal(id, goalId, spec.Purpose, GoalHardness.Hard, GoalHorizon.ShortTerm), Secretariat);
        var kpiIds = new List<KpiId>();
        foreach (var kpi in spec.Kpis)
        {
            var kpiId = KpiId.From(DemoIds.Next(random));
            kpiIds.Add(kpiId);
            var (name, unit) = DanishTexts.Kpis[kpi.Code];
            Add(definedOn, new DefineKpi(
                id, kpiId, kpi.Code, name, unit, kpi.Direction, kpi.Baseline, kpi.Target, spec.Period.End, kpi.Frequency, kpi.Geography,
                organisations.Id(kpi.Responsible), goalId), Secretariat);
        }

        foreach (var revision in spec.Twists.OfType<TargetRevision>())
        {
            Add(revision.RevisedOn, new ReviseKpiTarget(id, kpiIds[revision.Kpi], revision.NewTarget, spec.Period.End), Coordinator, revision.Reason);
        }

        return kpiIds;
    }

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
        var scheduledOn = date.AddDays(-30) > timeline.LastSigned ? date.AddDays(-30) : timeline.LastSigned;
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

    private void PlanMeasurements(Timeline timeline, IReadOnlyList<KpiId> kpiIds)
    {
        for (var k = 0; k < spec.Kpis.Count; k++)
        {
            var kpi = spec.Kpis[k];
            var reporter = organisations.Id(kpi.Responsible);
            var actor = organisations.Contact(kpi.Responsible);
            for (var period = ReportingPeriod.Containing(spec.Period.Start, kpi.Frequency); period.Start <= timeline.LastDay; period = period.Next())
            {
                var label = period.ToString();
                if (spec.Twists.OfType<MissingReport>().Any(m => m.Kpi == k && m.Period == label))
                {
                    continue;
                }

                var recordedOn = period.End.AddDays(10 + random.Next(30));
                var value = Figure(kpi, period);
                var source = Source(kpi.Code);
                Add(recordedOn, new RecordMeasurement(id, kpiIds[k], period, value, Qualifier(), source, reporter), actor);
                foreach (var correction in spec.Twists.OfType<Correction>().Where(c => c.Kpi == k && c.Period == label))
                {
                    Add(recordedOn.AddDays(35), new CorrectMeasurement(id, kpiIds[k], period, value + correction.Delta, MeasurementQualifier.Measured, source, reporter),
                        actor, correction.Reason);
                }
            }
        }
    }

    /// <summary>Where the KPI would be on its straight line at the period's end, scaled by its performance, with a little noise.</summary>
    private decimal Figure(KpiSpec kpi, ReportingPeriod period)
    {
        var elapsed = FollowUp.KpiFulfilment.ExpectedProgress(spec.Period.Start, spec.Period.End, period.End);
        var noise = 1m + (decimal)(random.NextDouble() * 0.12 - 0.06);
        var value = kpi.Baseline + (kpi.Target - kpi.Baseline) * elapsed * kpi.Performance * noise;
        var (_, unit) = DanishTexts.Kpis[kpi.Code];
        var rounded = unit is "mio. kr." or "%" ? Math.Round(value, 1) : Math.Round(value);
        return Math.Max(0m, unit == "%" ? Math.Min(100m, rounded) : rounded);
    }

    private MeasurementQualifier Qualifier() => random.NextDouble() switch
    {
        < 0.7 => MeasurementQualifier.Measured,
        < 0.9 => MeasurementQualifier.Estimated,
        _ => MeasurementQualifier.Minimum,
    };

    private MeasurementSource Source(string code) => code switch
    {
        "TILFREDSHED" => MeasurementSource.Survey(20 + random.Next(130), "Deltagerevaluering efter aktiviteter"),
        "OMSAETNING" => MeasurementSource.Register("Danmarks Statistik, firmastatistik"),
        _ => MeasurementSource.SecretariatCount("Klyngesekretariatets CRM"),
    };

    private void PlanCoFinancing(Timeline timeline)
    {
        foreach (var financing in spec.Financing)
        {
            var party = organisations.Id(financing.Organisation);
            for (var year = spec.Period.Start.Year; year <= timeline.LastDay.Year; year++)
            {
                var committedOn = year == spec.Period.Start.Year ? timeline.LastSigned.AddDays(1) : new DateOnly(year, 1, 10);
                if (committedOn >= timeline.OpenUntil)
                {
                    continue;
                }

                var commitmentId = CommitmentId.From(DemoIds.Next(random));
                Add(committedOn, new CommitCoFinancing(id, commitmentId, party, financing.AmountPerYear, year, financing.Purpose, financing.Form),
                    organisations.Contact(financing.Organisation));
                if (spec.Twists.OfType<CancelledCommitment>().FirstOrDefault(c => c.Organisation == financing.Organisation && c.Year == year) is { } cancelled)
                {
                    Add(committedOn.AddDays(10), new CancelCoFinancing(id, commitmentId), organisations.Contact(financing.Organisation), cancelled.Reason);
                    continue;
                }

                var invoicedOn = financing.Form == ContributionForm.Cash ? Later(committedOn.AddDays(20), new DateOnly(year, 3, 1)) : new DateOnly(year, 12, 1);
                invoicedOn = invoicedOn <= timeline.LastDay ? invoicedOn : timeline.LastDay;
                var invoiceId = InvoiceId.From(DemoIds.Next(random));
                var dueOn = invoicedOn.AddDays(30);
                Add(invoicedOn, new InvoiceCoFinancing(id, commitmentId, invoiceId, financing.AmountPerYear, invoicedOn, dueOn), Coordinator);
                if (!spec.Twists.OfType<OverduePayment>().Any(o => o.Organisation == financing.Organisation && o.Year == year))
                {
                    var paidOn = dueOn.AddDays(random.Next(-15, 10));
                    Add(paidOn, new PayCoFinancing(id, commitmentId, invoiceId, financing.AmountPerYear, paidOn), Coordinator);
                }
            }
        }
    }

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

    private void PlanEvaluations(Timeline timeline)
    {
        var midTerm = spec.Period.Start.AddDays((spec.Period.End.DayNumber - spec.Period.Start.DayNumber) / 2);
        if (midTerm < timeline.LastDay)
        {
            Evaluate(EvaluationKind.MidTerm, midTerm);
        }

        Evaluate(EvaluationKind.Final, timeline.LastDay.AddDays(45));
    }

    private void Evaluate(EvaluationKind kind, DateOnly on)
    {
        var recommendations = DanishTexts.Recommendations.OrderBy(_ => random.Next()).Take(2).ToList();
        Add(on, new RecordEvaluation(id, EvaluationId.From(DemoIds.Next(random)), kind, on, DanishTexts.Pick(random, DanishTexts.EvaluationSummaries), recommendations),
            Secretariat);
    }

    private void Add(DateOnly on, IAgreementCommand command, DemoActor actor, string? reason = null) =>
        steps.Add(new Step(on, steps.Count, command, actor, reason));

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
