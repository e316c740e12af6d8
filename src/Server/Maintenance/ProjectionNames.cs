using JasperFx.Events.Projections;
using Marten;

namespace AgreementTracker.Server.Maintenance;

/// <summary>Marten's projections by name, in name order, each inline or async.</summary>
internal sealed class ProjectionNames(IReadOnlyList<(string Name, ProjectionLifecycle Lifecycle)> all)
{
    public IReadOnlyList<(string Name, ProjectionLifecycle Lifecycle)> All => all;

    public static ProjectionNames Of(IDocumentStore store) =>
        new(((StoreOptions)store.Options).Projections.All
            .Select(p => (p.Name, p.Lifecycle))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList());

    /// <summary>The projection registered under <paramref name="name"/>, to tell which of ours it is.</summary>
    public static IProjectionSource<IDocumentOperations, IQuerySession> SourceOf(IDocumentStore store, string name) =>
        ((StoreOptions)store.Options).Projections.All.Single(p => p.Name == name);

    /// <summary>Every projection for null or <c>all</c>, else the one named.</summary>
    public IReadOnlyList<string> Choose(string? target)
    {
        if (target is null or "all")
            return all.Select(p => p.Name).ToList();
        return all.Any(p => p.Name == target)
            ? [target]
            : throw new UnknownProjectionException($"there is no projection '{target}'; there are {string.Join(", ", all.Select(p => p.Name))}.");
    }
}

internal sealed class UnknownProjectionException(string message) : Exception(message);
