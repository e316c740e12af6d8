using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>A subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptions : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } rootType) return;
        var fields = new List<(string Key, List<FieldNode> Nodes)>();
        Collect(context, rootType, node.SelectionSet, fields, []);
        var label = node.Name is null ? "Anonymous Subscription" : $"Subscription \"{node.Name.Value}\"";
        if (fields.Count > 1)
        {
            var extra = fields.Skip(1).SelectMany(f => f.Nodes).ToArray<Node>();
            context.ReportError($"{label} must select only one top level field.", extra);
        }
        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                context.ReportError($"{label} must not select an introspection top level field.", [.. nodes]);
        }
    }

    private static void Collect(ValidationContext context, ObjectType rootType, SelectionSetNode selectionSet, List<(string Key, List<FieldNode> Nodes)> fields, HashSet<string> visited)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (IsSkipped(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    var index = fields.FindIndex(f => f.Key == field.ResponseKey);
                    if (index >= 0) fields[index].Nodes.Add(field);
                    else fields.Add((field.ResponseKey, [field]));
                    break;
                case InlineFragmentNode inline when Applies(context, inline.TypeCondition, rootType):
                    Collect(context, rootType, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(context, fragment.TypeCondition, rootType))
                        Collect(context, rootType, fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, NamedTypeNode? condition, ObjectType rootType)
    {
        if (condition is null) return true;
        var type = context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(type, rootType) || (type is InterfaceType or UnionType && context.Schema.IsSubType(type, rootType));
    }

    /// <summary>Only literal conditions are known during validation (no variable values yet).</summary>
    private static bool IsSkipped(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if (condition is null) continue;
            if (directive.Name.Value == "skip" && condition.Value) return true;
            if (directive.Name.Value == "include" && !condition.Value) return true;
        }
        return false;
    }
}
