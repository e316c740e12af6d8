using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>The demo agreements folded in memory: what the read models are checked against.</summary>
public static class DemoStates
{
    public static IReadOnlyList<AgreementState> Agreements { get; } = DemoDataGenerator.NorthJutland()
        .Where(s => s.Kind == StreamKind.Agreement)
        .Select(s => Agreement.Fold(null, s.Events.Select(e => e.Data))!)
        .ToList();
}
