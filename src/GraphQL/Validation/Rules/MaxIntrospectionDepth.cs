using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule: introspection may not nest fields/interfaces/possibleTypes/inputFields
/// three levels deep, which would let a small query produce an enormous answer.
/// </summary>
public sealed class MaxIntrospectionDepth : ValidationRule
{
    private const int MaxListsDepth = 3;

    // Entry depths at which a fragment was already found within or over the limit, so shared fragments are checked once.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type")) return;
        if (!ExceedsDepth(context, node, new Dictionary<string, int>(StringComparer.Ordinal), 0)) return;
        context.ReportError("Maximum introspection depth exceeded", node);
        SkipSubtree(node);
    }

    private bool ExceedsDepth(ValidationContext context, SelectionNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (_exceededFragments.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;
                if ((visitedFragments.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (_checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth)) return false;
                if (context.GetFragment(name) is not { } fragment) return false;
                visitedFragments[name] = depth;
                if (ExceedsDepth(context, fragment.SelectionSet, visitedFragments, depth))
                {
                    _exceededFragments[name] = depth;
                    return true;
                }
                _checkedFragments[name] = depth;
                return false;
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth) return true;
                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            default:
                return false;
        }
        return selectionSet is not null && ExceedsDepth(context, selectionSet, visitedFragments, depth);
    }

    private bool ExceedsDepth(ValidationContext context, SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in selectionSet.Selections)
        {
            if (ExceedsDepth(context, child, visitedFragments, depth)) return true;
        }
        return false;
    }
}
