namespace AgreementTracker.EventStore.Tests.Support;

/// <summary>
/// Rebuild and check tests run on their own: the replay horizon is cluster-wide, so a test that holds a
/// transaction open on purpose would hold back another class's replay, and theirs would hold back ours.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProjectionMaintenanceCollection
{
    public const string Name = "projection maintenance";
}
