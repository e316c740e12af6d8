using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// A validated, immutable GraphQL schema. Build one with <see cref="SchemaBuilder"/>.
/// Types are kept in the order they were defined, which is the order introspection and printing use.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typesByName;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = [];
    private readonly Dictionary<(NamedType Abstract, NamedType Possible), bool> _subTypes = [];

    internal Schema(
        string? description,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Types = types;
        Directives = directives;
        _typesByName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        IndexPossibleTypes();
    }

    public string? Description { get; }
    public ObjectType QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, including built-in scalars and introspection types, in definition order.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types that an interface or union may resolve to.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType) ?? [];

    /// <summary>The interfaces that implement <paramref name="type"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.GetValueOrDefault(type) ?? [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (_subTypes.TryGetValue((abstractType, maybeSubType), out var known)) return known;
        return abstractType switch
        {
            UnionType union => union.Types.Contains(maybeSubType),
            InterfaceType iface => maybeSubType is FieldsContainerType container && container.Implements(iface),
            _ => false,
        };
    }

    private void IndexPossibleTypes()
    {
        var possible = new Dictionary<NamedType, List<ObjectType>>();
        var implementations = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    possible[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        if (!possible.TryGetValue(iface, out var list)) possible[iface] = list = [];
                        list.Add(obj);
                    }
                    break;
                case InterfaceType implementing:
                    foreach (var iface in implementing.Interfaces)
                    {
                        if (!implementations.TryGetValue(iface, out var list)) implementations[iface] = list = [];
                        list.Add(implementing);
                    }
                    break;
            }
        }
        foreach (var (type, list) in possible)
        {
            _possibleTypes[type] = list;
            foreach (var member in list) _subTypes[(type, member)] = true;
        }
        foreach (var (type, list) in implementations)
        {
            _interfaceImplementations[type] = list;
            foreach (var member in list) _subTypes[(type, member)] = true;
        }
    }
}
