namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// Deterministic demo data: organisation streams first, then agreement streams, each built by issuing commands
/// through the deciders, so every event is one the application itself could have produced. Streams are produced
/// one at a time, so a national-size dataset never has to be in memory at once.
/// </summary>
public static class DemoDataGenerator
{
    public const int DefaultSeed = 2023_10_01;

    /// <summary>The dataset's "today": nothing later is in it, and follow-up should be viewed as of this date.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 15);

    /// <summary>How many hand-written North Jutland agreements there are; larger datasets add synthetic ones.</summary>
    public static int NorthJutlandAgreementCount => NorthJutlandAgreements.All.Count;

    /// <summary>The realistic North Jutland dataset: the organisations and the hand-written agreements.</summary>
    public static IEnumerable<DemoStream> NorthJutland(int seed = DefaultSeed) => Generate(NorthJutlandAgreementCount, seed);

    /// <summary>The organisations every data set of this seed registers.</summary>
    public static IReadOnlyList<DemoOrganisation> Organisations(int seed = DefaultSeed) => new DemoOrganisations(new Random(seed)).Registry().ToList();

    /// <summary>
    /// The organisations and <paramref name="agreementCount"/> agreements: the hand-written ones first, then synthetic
    /// ones for benchmarks (2,000 agreements give well over a million events).
    /// </summary>
    public static IEnumerable<DemoStream> Generate(int agreementCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agreementCount);
        return Streams(agreementCount, seed);
    }

    private static IEnumerable<DemoStream> Streams(int agreementCount, int seed)
    {
        var organisations = new DemoOrganisations(new Random(seed));
        foreach (var stream in organisations.Streams())
        {
            yield return stream;
        }

        for (var number = 0; number < agreementCount; number++)
        {
            var random = new Random(unchecked(seed * 7919 + number));
            var spec = number < NorthJutlandAgreements.All.Count
                ? NorthJutlandAgreements.All[number]
                : SyntheticAgreements.Create(random, number, organisations);
            yield return AgreementSimulator.Simulate(spec, random, organisations, AsOf);
        }
    }
}
