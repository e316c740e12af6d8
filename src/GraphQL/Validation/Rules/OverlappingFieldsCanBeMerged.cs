using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>
/// Fields with the same response key must be mergeable: same field and arguments (unless their parents
/// are different object types) and compatible return types, recursively through sub-selections and
/// fragments. Follows graphql-js 16's algorithm, including its memoization and work budget.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMerged : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly PairSet _comparedFragmentPairs = new();
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = new(new CollectionKeyComparer());
    private readonly Dictionary<ValueNode, string> _stringifiedValues = [];
    private int _remainingBudget = MaxComplexityBudget;
    private SelectionSetNode? _inlineFragmentSelectionSet;
    private ValidationContext _context = null!;

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => _inlineFragmentSelectionSet = node.SelectionSet;

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        if (ReferenceEquals(node, _inlineFragmentSelectionSet)) return;
        if (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)) return;
        if (HasOnlyDistinctFields(node)) return;
        _context = context;
        List<Conflict> conflicts;
        try
        {
            conflicts = FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node);
        }
        catch (BudgetExhaustedException)
        {
            context.ReportError(new GraphQLError("Validation aborted.", code: ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }
        foreach (var conflict in conflicts)
        {
            context.ReportError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    /// <summary>
    /// Plain fields under distinct response keys cannot conflict with one another, and without fragments
    /// there is nothing else to compare; the common case then collects nothing. Large sets take the full path.
    /// </summary>
    private static bool HasOnlyDistinctFields(SelectionSetNode node)
    {
        const int MaxQuadraticCheck = 32;
        var selections = node.Selections;
        if (selections.Count > MaxQuadraticCheck) return false;
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field) return false;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == field.ResponseKey) return false;
            }
        }
        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected.Fields);
        if (collected.FragmentNames.Count != 0 && (collected.Fields.Count != 0 || collected.FragmentNames.Count > 1))
        {
            for (var i = 0; i < collected.FragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, collected.FragmentNames[i]);
                for (var j = i + 1; j < collected.FragmentNames.Count; j++)
                    CollectConflictsBetweenFragments(conflicts, false, collected.FragmentNames[i], collected.FragmentNames[j]);
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        Spend(1);
        if (collected.Fields.Count == 0) return;
        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || mutuallyExclusive)) return;
        collected.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment) return;
        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(collected, fragmentFields)) return;
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referenced);
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2) return;
        if (_comparedFragmentPairs.Has(fragmentName1, fragmentName2, mutuallyExclusive)) return;
        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, mutuallyExclusive);
        if (_context.GetFragment(fragmentName1) is not { } fragment1 || _context.GetFragment(fragmentName2) is not { } fragment2) return;
        var collected1 = CollectFragment(fragment1);
        var collected2 = CollectFragment(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var referenced2 in collected2.FragmentNames) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
        foreach (var referenced1 in collected1.FragmentNames) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = Collect(parentType1, selectionSet1);
        var collected2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, fragmentName2);
        foreach (var fragmentName1 in collected1.FragmentNames) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, fragmentName1);
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
        }
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fields)
    {
        foreach (var (responseName, details) in fields.Entries)
        {
            for (var i = 0; i < details.Count; i++)
            {
                for (var j = i + 1; j < details.Count; j++)
                {
                    if (FindConflict(false, responseName, details[i], details[j]) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0) return;
        foreach (var (responseName, fields1, fields2) in OverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.OverlapsWith ??= [];
        if (collected1.OverlapsWith.TryGetValue(collected2, out var cached)) return cached;
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Fields.Entries)
        {
            Spend(1);
            if (collected2.Fields.TryGet(responseName, out var fields2)) overlapping.Add((responseName, fields1, fields2));
        }
        collected1.OverlapsWith[collected2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        var node1 = details1.Node;
        var node2 = details2.Node;
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
        Spend(2);
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(details1.Definition?.Type, details2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
            return null;

        if (!mutuallyExclusive)
        {
            var info1 = details1.Info;
            var info2 = details2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }
            if (reason is not null) return new Conflict(responseName, reason, [node1], [node2]);
        }

        var type1 = details1.Definition?.Type;
        var type2 = details2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive, details1.Info.NamedType, selectionSet1, details2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }
        return null;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;
        var message = "";
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? "" : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxConflictDetailLength) break;
        }
        return new Conflict(responseName, Abbreviate(message), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        Spend(1);
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1 is ScalarType or EnumType || type2 is ScalarType or EnumType) return !ReferenceEquals(type1, type2);
        return false;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count) return false;
        foreach (var argument1 in arguments1)
        {
            Spend(1);
            var argument2 = arguments2.LastOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value)) return false;
        }
        return true;
    }

    private string Stringify(ValueNode value)
    {
        if (_stringifiedValues.TryGetValue(value, out var cached)) return cached;
        var text = ValueSignature.Of(value);
        _stringifiedValues[value] = text;
        return text;
    }

    private void Spend(int cost)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        _remainingBudget -= cost;
        if (_remainingBudget < 0) throw new BudgetExhaustedException();
    }

    private static string Abbreviate(string text) => text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class BudgetExhaustedException : Exception;
}
