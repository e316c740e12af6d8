using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// Lives through one agreement: plans every command with its date (drafting, signatures, KPIs, meetings, figures,
/// co-financing, action plans, evaluations and the spec's twists), then issues them in time order through
/// <see cref="Agreement.Decide"/>. Nothing after the dataset's date is issued.
/// </summary>
internal sealed partial class AgreementSimulator
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
            clock = clock >= startOfDay ? clock.AddMinutes(1 + random.Next(25)) : startOfDay.AddMinutes(random.Next(7 * 60));
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
}
