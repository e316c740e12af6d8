using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementTracker.Domain.Tests.Properties;

/// <summary>
/// Any command, sensible or not, against any point in a real agreement's history: the decider either refuses it
/// with a message or accepts events that apply cleanly. It never throws.
/// </summary>
public class RobustnessProperties
{
    private static readonly IReadOnlyList<IReadOnlyList<object>> Histories = DemoDataGenerator.NorthJutland()
        .Where(s => s.Kind == StreamKind.Agreement)
        .Select(s => (IReadOnlyList<object>)s.Events.Select(e => e.Data).ToList())
        .ToList();

    private static readonly OrganisationId[] Organisations = DemoDataGenerator.NorthJutland()
        .Where(s => s.Kind == StreamKind.Organisation)
        .Select(s => OrganisationId.From(s.Id))
        .ToArray();

    [Fact]
    public void Decide_refuses_or_accepts_but_never_throws()
    {
        var cases =
            from history in Gen.Elements(Histories.ToArray())
            from length in Gen.Choose(1, history.Count)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select (history, length, seed);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var state = Agreement.Fold(null, c.history.Take(c.length))!;
            var random = new Random(c.seed);
            var today = state.Period.Start.AddDays(random.Next(-200, 1500));
            var context = new CommandContext(new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), _ => "Organisation");
            var command = AnyCommand(state, random, today);
            var result = Agreement.Decide(state, command, context);
            return result.IsSuccess
                ? result.Value.Count > 0 && Agreement.Fold(state, result.Value) is not null
                : !string.IsNullOrWhiteSpace(result.Error.Message);
        }));
    }

    private static IAgreementCommand AnyCommand(AgreementState state, Random random, DateOnly today)
    {
        Guid Fresh()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        T Pick<T>(IReadOnlyList<T> known, Func<Guid, T> fresh) => known.Count > 0 && random.Next(4) > 0 ? known[random.Next(known.Count)] : fresh(Fresh());
        var id = state.Id;
        var party = Pick(state.Parties.Select(p => p.Organisation).Concat(Organisations).ToList(), OrganisationId.From);
        var kpi = Pick(state.Kpis.Select(k => k.Id).ToList(), KpiId.From);
        var meeting = Pick(state.Meetings.Select(m => m.Id).ToList(), MeetingId.From);
        var commitment = Pick(state.Commitments.Select(k => k.Id).ToList(), CommitmentId.From);
        var invoice = Pick(state.Commitments.SelectMany(k => k.Invoices).Select(i => i.Id).ToList(), InvoiceId.From);
        var amendment = Pick(state.Amendments.Select(a => a.Id).ToList(), AmendmentId.From);
        var plan = Pick(state.ActionPlans.Select(p => p.Id).ToList(), ActionPlanId.From);
        var activity = Pick(state.Activities.Select(a => a.Id).ToList(), ActivityId.From);
        var item = Pick(state.Meetings.SelectMany(m => m.ActionItems).Select(a => a.Item.Id).ToList(), ActionItemId.From);
        var date = today.AddDays(random.Next(-400, 60));
        var amount = random.Next(-10, 500) * 1_000m;
        var period = ReportingPeriod.Containing(date, Enum.GetValues<ReportingFrequency>()[random.Next(4)]);
        var text = random.Next(5) == 0 ? " " : "Tekst";
        var source = random.Next(3) == 0 ? new MeasurementSource(SourceKind.Survey, random.Next(-1, 50)) : MeasurementSource.SecretariatCount();

        return random.Next(27) switch
        {
            0 => new AddParty(id, party, PartyRole.Partner),
            1 => new RemoveParty(id, party),
            2 => new SignAgreement(id, party, date),
            3 => new ExtendAgreement(id, date.AddYears(random.Next(-1, 3))),
            4 => new TerminateAgreement(id, party, date.AddDays(random.Next(0, 400))),
            5 => new ExpireAgreement(id),
            6 => new ProposeAmendment(id, amendment, party, text, random.Next(2) == 0 ? new AmendedTerms() : new AmendedTerms(Purpose: text)),
            7 => new AcceptAmendment(id, amendment, party),
            8 => new RejectAmendment(id, amendment, party),
            9 => new SetGoal(id, GoalId.From(Fresh()), text, GoalHardness.Soft, GoalHorizon.LongTerm),
            10 => new DefineKpi(id, kpi, "X", text, text, KpiDirection.Decrease, random.Next(100), random.Next(100), date, period.Frequency, text, party),
            11 => new ReviseKpiTarget(id, kpi, random.Next(-50, 500), date.AddYears(1)),
            12 => new RecordMeasurement(id, kpi, period, amount, MeasurementQualifier.Minimum, source, party),
            13 => new CorrectMeasurement(id, kpi, period, amount, MeasurementQualifier.Estimated, source, party),
            14 => new AdoptActionPlan(id, plan, date.Year, text, [text], date),
            15 => new PlanActivity(id, activity, plan, text, date, party),
            16 => new CompleteActivity(id, activity, date, random.Next(-1, 50), random.Next(-1, 50), random.Next(-1, 50)),
            17 => new SetMeetingCadence(id, random.Next(-1, 60), date),
            18 => new ScheduleMeeting(id, meeting, MeetingKind.Other, text, date),
            19 => new HoldMeeting(id, meeting, MeetingKind.Other, text, date, random.Next(2) == 0 ? [] : [new Attendee("A", party)], text, [text],
                [new ActionItem(item, text, party, date)]),
            20 => new CancelMeeting(id, meeting),
            21 => new CompleteActionItem(id, item, date),
            22 => new CommitCoFinancing(id, commitment, party, amount, date.Year, text, ContributionForm.Cash),
            23 => new InvoiceCoFinancing(id, commitment, invoice, amount, date, date.AddDays(random.Next(-5, 30))),
            24 => new PayCoFinancing(id, commitment, invoice, amount, date),
            25 => new CancelCoFinancing(id, commitment),
            _ => new RecordEvaluation(id, EvaluationId.From(Fresh()), EvaluationKind.Final, date, text, []),
        };
    }
}
