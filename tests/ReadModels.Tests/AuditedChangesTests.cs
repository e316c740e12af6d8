using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Tests.Support;

namespace AgreementTracker.ReadModels.Tests;

/// <summary>
/// The changes found by reusing what an event did not touch are those of comparing the whole states
/// (<see cref="WholeStateChanges"/>), event by event along long, varied histories: the North Jutland demo agreements
/// and synthetic ones of the national set (hundreds of events each), as they are and with labels that repeat or hold brackets.
/// </summary>
public sealed class AuditedChangesTests
{
    private static readonly IReadOnlyList<DemoStream> Demo = DemoDataGenerator.Generate(DemoDataGenerator.NorthJutlandAgreementCount + 20).ToList();

    private static readonly Dictionary<OrganisationId, string> Names = Demo
        .Where(s => s.Kind == StreamKind.Organisation)
        .Select(s => Organisation.Fold(null, s.Events.Select(e => e.Data))!)
        .ToDictionary(o => o.Id, o => o.Name);

    private static IEnumerable<(Guid Id, IReadOnlyList<object> Events)> Agreements => Demo
        .Where(s => s.Kind == StreamKind.Agreement)
        .Select(s => (s.Id, (IReadOnlyList<object>)s.Events.Select(e => e.Data).ToList()));

    [Fact]
    public void Every_event_of_long_demo_histories_changes_what_comparing_the_whole_states_finds()
    {
        var histories = Agreements.ToList();

        var audited = Audit(histories);

        Assert.True(histories.Sum(h => h.Events.Count) > 10_000);
        Assert.All(audited, e => Assert.Equal(e.Expected, e.Audited));
        Assert.All(audited, e => Assert.Equal(e.Expected, e.Between));
    }

    [Fact]
    public void Between_states_far_apart_is_what_comparing_the_whole_states_finds()
    {
        var states = Agreements.Select(h => (Halfway: Fold(h.Events.Take(h.Events.Count / 2)), Last: Fold(h.Events)!)).ToList();

        var changes = states.Select(s => (Expected: WholeStateChanges.Between(s.Halfway, s.Last, NameOf), Found: AgreementChanges.Between(s.Halfway, s.Last, NameOf)));

        Assert.All(changes, c => Assert.Equal(c.Expected, c.Found));
    }

    [Fact]
    public void Repeated_labels_are_numbered_as_comparing_the_whole_states_numbers_them()
    {
        var histories = Agreements.TakeLast(5).Select(h => (h.Id, Relabelled(h.Events, "Nøgletal", "Koordinationsmøde"))).ToList();

        var audited = Audit(histories);

        Assert.Contains(audited, e => e.Expected.Any(c => c.Field.StartsWith("meetings[Koordinationsmøde (2)]", StringComparison.Ordinal)));
        Assert.All(audited, e => Assert.Equal(e.Expected, e.Audited));
    }

    [Fact]
    public void Labels_with_brackets_change_what_comparing_the_whole_states_finds()
    {
        var histories = Agreements.TakeLast(5).Select(h => (h.Id, Relabelled(h.Events, "Nøgletal [2024]", "Møde ]["))).ToList();

        var audited = Audit(histories);

        Assert.Contains(audited, e => e.Expected.Any(c => c.Field.StartsWith("kpis[Nøgletal [2024] (2)]", StringComparison.Ordinal)));
        Assert.All(audited, e => Assert.Equal(e.Expected, e.Audited));
    }

    private static string? NameOf(OrganisationId id) => Names.GetValueOrDefault(id);

    private static AgreementState? Fold(IEnumerable<object> events) => Agreement.Fold(null, events);

    /// <summary>Each event's changes as the whole states give them, as the timeline audits them, and as <see cref="AgreementChanges.Between"/> gives them.</summary>
    private static List<(IReadOnlyList<FieldChange> Expected, IReadOnlyList<FieldChange> Audited, IReadOnlyList<FieldChange> Between)> Audit(
        IEnumerable<(Guid Id, IReadOnlyList<object> Events)> histories)
    {
        var changes = new AuditedChanges(NameOf);
        var audited = new List<(IReadOnlyList<FieldChange>, IReadOnlyList<FieldChange>, IReadOnlyList<FieldChange>)>();
        foreach (var (id, events) in histories)
        {
            AgreementState? before = null;
            foreach (var e in events)
            {
                var after = Agreement.Evolve(before, e);
                audited.Add((WholeStateChanges.Between(before, after, NameOf), changes.OfAgreement(id, before, after), AgreementChanges.Between(before, after, NameOf)));
                before = after;
            }
        }
        return audited;
    }

    /// <summary>Every KPI named <paramref name="kpi"/> and every meeting titled <paramref name="meeting"/>.</summary>
    private static IReadOnlyList<object> Relabelled(IEnumerable<object> events, string kpi, string meeting) =>
        events.Select(e => e switch
        {
            KpiDefined defined => defined with { Name = kpi },
            MeetingScheduled scheduled => scheduled with { Title = meeting },
            MeetingHeld held => held with { Title = meeting },
            _ => e,
        }).ToList();
}
