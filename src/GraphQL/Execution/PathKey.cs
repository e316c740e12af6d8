namespace AgreementTracker.GraphQL.Execution;

/// <summary>A response key or a list index, held without boxing the index.</summary>
internal readonly record struct PathKey(string? Name, int Index)
{
    public object Boxed => Name ?? (object)Index;

    public static implicit operator PathKey(string name) => new(name, 0);

    public static implicit operator PathKey(int index) => new(null, index);
}
