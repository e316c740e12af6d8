namespace AgreementTracker.EventStore;

public enum ProjectionLifecycle
{
    /// <summary>Applied in the append's transaction: the read model is current as soon as SaveChanges returns.</summary>
    Inline,
    /// <summary>Applied by the projection daemon, after the append commits.</summary>
    Async,
}

public sealed class ProjectionRegistry
{
    private readonly List<IProjection> _inline = [];
    private readonly List<IProjection> _async = [];

    public IReadOnlyList<IProjection> Inline => _inline;
    public IReadOnlyList<IProjection> Async => _async;
    public IEnumerable<IProjection> All => _inline.Concat(_async);

    public ProjectionRegistry Add(IProjection projection, ProjectionLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(projection);
        if (All.Any(p => p.Name == projection.Name))
            throw new ArgumentException($"A projection named '{projection.Name}' is already registered.", nameof(projection));
        var taken = All.SelectMany(p => p.Tables.Select(t => (Table: t.Name, Owner: p.Name)))
            .FirstOrDefault(t => projection.Tables.Any(mine => mine.Name == t.Table));
        if (taken.Table is not null)
            throw new ArgumentException($"Table '{taken.Table}' of projection '{projection.Name}' already belongs to projection '{taken.Owner}'.", nameof(projection));
        (lifecycle == ProjectionLifecycle.Inline ? _inline : _async).Add(projection);
        return this;
    }

    public IEnumerable<string> Names => All.Select(p => p.Name);

    public IProjection Get(string name) => Find(name).Projection;

    /// <summary>The projection and how it runs; an unknown name is refused with the names that are known.</summary>
    public (IProjection Projection, ProjectionLifecycle Lifecycle) Find(string name)
    {
        if (_inline.FirstOrDefault(p => p.Name == name) is { } inline)
            return (inline, ProjectionLifecycle.Inline);
        if (_async.FirstOrDefault(p => p.Name == name) is { } async)
            return (async, ProjectionLifecycle.Async);
        var known = All.Any() ? "the registered projections are " + string.Join(", ", Names.Order(StringComparer.Ordinal)) : "no projections are registered";
        throw new ArgumentException($"No projection named '{name}' is registered; {known}.", nameof(name));
    }
}
