using AgreementTracker.Domain.DemoData;

namespace AgreementTracker.Server.DemoData;

/// <summary>A demo data set to load: its streams (produced lazily), and how many agreements they hold, for progress.</summary>
public sealed record DemoDataSet(string Description, int AgreementCount, IEnumerable<DemoStream> Streams)
{
    public static DemoDataSet NorthJutland() =>
        new("the North Jutland demo data", DemoDataGenerator.NorthJutlandAgreementCount, DemoDataGenerator.NorthJutland());

    /// <summary>The organisations and <paramref name="agreements"/> agreements, the North Jutland ones first, then synthetic ones.</summary>
    public static DemoDataSet Generated(int agreements) =>
        new($"a generated demo data set of {agreements:N0} agreements", agreements, DemoDataGenerator.Generate(agreements));
}
