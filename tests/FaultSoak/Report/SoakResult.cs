using AgreementTracker.FaultSoak.Faults;
using AgreementTracker.FaultSoak.Load;
using AgreementTracker.FaultSoak.Proofs;
using AgreementTracker.Integrity;

namespace AgreementTracker.FaultSoak.Report;

/// <summary>Everything a run found: what the clients saw, the faults, and the checks on the database.</summary>
internal sealed record SoakResult(
    SoakOptions Options,
    TimeSpan LoadTime,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<Fault> Faults,
    int Kills,
    IReadOnlyList<string> NodesThatDied,
    ExactlyOnce Writes,
    DeadlinesOnce Deadlines,
    ProjectionsCheck Projections,
    HistoryReport History,
    IReadOnlyList<(string Sample, int Count)> NodeErrors,
    string LoadAverage)
{
    public bool Passed =>
        Writes is { Lost: 0, Duplicated: 0 } && Deadlines.Holds && Projections.Equal && History.IsIntact && NodesThatDied.Count == 0;
}
