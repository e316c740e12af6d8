using System.Runtime.CompilerServices;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

internal sealed record CollectedSubfields(ObjectType Type, SelectionPlan Plan);

/// <summary>Fields of one response key, merged from every selection that asks for it.</summary>
internal sealed class FieldGroup(string responseKey, FieldNode first)
{
    public string ResponseKey { get; } = responseKey;

    /// <summary>Fixed once collection ends: the list itself keys the memo of merged sub-selections.</summary>
    public IReadOnlyList<FieldNode> Nodes { get; private set; } = [first];

    public FieldNode First { get; } = first;

    public void Merge(FieldNode node) => Nodes = [.. Nodes, node];

    /// <summary>The sub-selection collected for the last runtime type seen.</summary>
    public CollectedSubfields? Subfields { get; set; }

    /// <summary>Argument values are the same for every object in one request, so they are coerced once (one write, as requests may share the group).</summary>
    public CoercedArguments? Arguments { get; set; }
}

internal sealed record CoercedArguments(FieldDefinition Field, IReadOnlyDictionary<string, object?> Values);

/// <summary>
/// The specification's CollectFields: merges fields by response key through fragments and applies
/// @skip/@include. Results are memoized per (object type, selection sets) for the request, or for every
/// request of a cached operation without variables (see <see cref="SharedOperationPlan"/>), so list items
/// of the same type share one collection.
/// </summary>
internal sealed class FieldCollector(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    private readonly Dictionary<(ObjectType, SelectionSetNode), SelectionPlan> _single = [];
    private Dictionary<(ObjectType, IReadOnlyList<FieldNode>), SelectionPlan>? _merged;

    public SelectionPlan Collect(ObjectType type, SelectionSetNode selectionSet)
    {
        lock (_single)
        {
            if (_single.TryGetValue((type, selectionSet), out var cached)) return cached;
        }
        var groups = new GroupsByResponseKey(selectionSet.Selections.Count);
        CollectInto(type, selectionSet, groups);
        var plan = new SelectionPlan(schema, type, groups.All);
        lock (_single) _single[(type, selectionSet)] = plan;
        return plan;
    }

    /// <summary>The sub-fields of a composite field, from the selection sets of all its field nodes.</summary>
    public SelectionPlan CollectSubfields(ObjectType type, IReadOnlyList<FieldNode> fieldNodes)
    {
        if (fieldNodes.Count == 1 && fieldNodes[0].SelectionSet is { } only) return Collect(type, only);
        lock (_single)
        {
            _merged ??= new Dictionary<(ObjectType, IReadOnlyList<FieldNode>), SelectionPlan>(TypeAndNodesComparer.Instance);
            if (_merged.TryGetValue((type, fieldNodes), out var cached)) return cached;
        }
        var groups = new GroupsByResponseKey(fieldNodes[0].SelectionSet?.Selections.Count ?? 0);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null) CollectInto(type, node.SelectionSet, groups);
        }
        var plan = new SelectionPlan(schema, type, groups.All);
        lock (_single) _merged![(type, fieldNodes)] = plan;
        return plan;
    }

    private void CollectInto(ObjectType type, SelectionSetNode selectionSet, GroupsByResponseKey groups)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesTypeApply(inline.TypeCondition, type)) continue;
                    CollectInto(type, inline.SelectionSet, groups);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!groups.VisitFragment(name)) continue;
                    if (!fragments.TryGetValue(name, out var fragment) || !DoesTypeApply(fragment.TypeCondition, type)) continue;
                    CollectInto(type, fragment.SelectionSet, groups);
                    break;
            }
        }
    }

    private bool DoesTypeApply(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        if (conditionType is null) return false;
        if (ReferenceEquals(conditionType, type)) return true;
        return conditionType is InterfaceType or UnionType && schema.IsSubType(conditionType, type);
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0) return true;
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name != "skip" && name != "include") continue;
            var condition = IfArgument(directive);
            if (name == "skip" && condition) return false;
            if (name == "include" && !condition) return false;
        }
        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            return argument.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variables.GetValueOrDefault(variable.Name.Value) is true,
                _ => false,
            };
        }
        return false;
    }

    private sealed class TypeAndNodesComparer : IEqualityComparer<(ObjectType, IReadOnlyList<FieldNode>)>
    {
        public static TypeAndNodesComparer Instance { get; } = new();

        public bool Equals((ObjectType, IReadOnlyList<FieldNode>) x, (ObjectType, IReadOnlyList<FieldNode>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, IReadOnlyList<FieldNode>) obj) =>
            HashCode.Combine(obj.Item1, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
