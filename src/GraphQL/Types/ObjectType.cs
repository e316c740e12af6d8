namespace AgreementTracker.GraphQL.Types;

/// <summary>Object and interface types: named sets of fields, possibly implementing interfaces.</summary>
public abstract class FieldsContainerType(string name, string? description) : NamedType(name, description)
{
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<InterfaceType> _interfaces = [];

    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string fieldName) => _fieldsByName.GetValueOrDefault(fieldName);

    internal bool TryAddField(FieldDefinition field)
    {
        if (!_fieldsByName.TryAdd(field.Name, field)) return false;
        _fields.Add(field);
        return true;
    }

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);

    public bool Implements(InterfaceType type)
    {
        foreach (var implemented in _interfaces)
        {
            if (ReferenceEquals(implemented, type)) return true;
        }
        return false;
    }
}

public sealed class ObjectType(string name, string? description = null) : FieldsContainerType(name, description)
{
    /// <summary>Optional check used to resolve abstract types when no type resolver is bound.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

public sealed class InterfaceType(string name, string? description = null) : FieldsContainerType(name, description)
{
    public TypeResolver? ResolveType { get; internal set; }
}
