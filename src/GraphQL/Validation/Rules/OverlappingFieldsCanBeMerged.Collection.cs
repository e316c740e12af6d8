using System.Runtime.CompilerServices;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Field collection for the overlap check: fields by response key (through inline fragments) and the fragments spread.</summary>
public sealed partial class OverlappingFieldsCanBeMerged
{
    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached)) return cached;
        var fields = new FieldMap();
        var fragmentNames = new List<string>();
        CollectInto(parentType, selectionSet, fields, fragmentNames);
        var collected = new CollectedFields(fields, fragmentNames);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fields, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as FieldsContainerType)?.GetField(field.Name.Value);
                    fields.Add(field.ResponseKey, new FieldDetails(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value)) fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, fields, fragmentNames);
                    break;
            }
        }
    }

    private sealed class FieldMap
    {
        private readonly Dictionary<string, List<FieldDetails>> _byKey = new(StringComparer.Ordinal);

        public List<(string ResponseName, List<FieldDetails> Fields)> Entries { get; } = [];

        public int Count => Entries.Count;

        public void Add(string responseName, FieldDetails details)
        {
            if (!_byKey.TryGetValue(responseName, out var list))
            {
                list = [];
                _byKey[responseName] = list;
                Entries.Add((responseName, list));
            }
            list.Add(details);
        }

        public bool TryGet(string responseName, out List<FieldDetails> fields) => _byKey.TryGetValue(responseName, out fields!);
    }

    private sealed class CollectedFields(FieldMap fields, List<string> fragmentNames)
    {
        public FieldMap Fields { get; } = fields;
        public List<string> FragmentNames { get; } = fragmentNames;

        /// <summary>Fragment name → whether it was compared as mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? OverlapsWith { get; set; }
    }

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition, bool isSimpleLeaf)
    {
        private FieldInfo? _info;

        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = isSimpleLeaf;
        public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.GetNamedType());
    }

    private sealed class FieldInfo(NamedType? namedType)
    {
        public NamedType? NamedType { get; } = namedType;
        public Dictionary<FieldInfo, string?> Comparisons { get; } = [];
    }

    /// <summary>Pairs of fragment names compared, remembering whether the comparison assumed mutually exclusive parents.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<(string, string), bool> _pairs = [];

        public bool Has(string a, string b, bool mutuallyExclusive) => Has((a, b), mutuallyExclusive) || Has((b, a), mutuallyExclusive);

        private bool Has((string, string) key, bool mutuallyExclusive) =>
            _pairs.TryGetValue(key, out var stored) && (mutuallyExclusive || stored == mutuallyExclusive);

        public void Add(string a, string b, bool mutuallyExclusive) => _pairs[(a, b)] = mutuallyExclusive;
    }

    private sealed class CollectionKeyComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
