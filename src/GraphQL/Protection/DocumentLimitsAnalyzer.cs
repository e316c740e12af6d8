using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Validation;

namespace AgreementTracker.GraphQL.Protection;

/// <summary>
/// Measures depth, aliases and cost of a parsed document before it is validated or executed. Fragments are
/// measured once each (memoized), so fragment "bombs" cannot make the measurement itself expensive, and
/// fragment cycles count as zero (validation reports them).
/// </summary>
public sealed class DocumentLimitsAnalyzer(Schema schema, RequestLimits limits)
{
    public IReadOnlyList<GraphQLError> Check(DocumentNode document)
    {
        var errors = new List<GraphQLError>();
        if (limits is { MaxAliases: null, MaxDepth: null, MaxCost: null }) return errors;
        var measure = new Measurement(schema, document);
        if (limits.MaxAliases is { } maxAliases)
        {
            var aliases = measure.CountAliases();
            if (aliases > maxAliases)
                errors.Add(new GraphQLError($"The document uses {aliases} aliases; the limit is {maxAliases}.", code: ErrorCodes.MaxAliasesExceeded));
        }
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            var rootType = schema.GetRootType(operation.Operation);
            if (limits.MaxDepth is { } maxDepth)
            {
                var depth = measure.Depth(operation.SelectionSet);
                if (depth > maxDepth)
                    errors.Add(new GraphQLError($"{Describe(operation)} is nested {depth} levels deep; the limit is {maxDepth}.",
                        GraphQLError.LocationsOf(operation), code: ErrorCodes.MaxDepthExceeded));
            }
            if (limits.MaxCost is { } maxCost)
            {
                var cost = measure.Cost(rootType, operation.SelectionSet);
                if (cost > maxCost)
                    errors.Add(new GraphQLError($"{Describe(operation)} costs {cost:0}; the budget is {maxCost}.",
                        GraphQLError.LocationsOf(operation), code: ErrorCodes.CostBudgetExceeded));
            }
        }
        return errors;
    }

    private static string Describe(OperationDefinitionNode operation) =>
        operation.Name is null ? "The operation" : $"Operation \"{operation.Name.Value}\"";

    private sealed class Measurement(Schema schema, DocumentNode document)
    {
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
            .OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        private readonly Dictionary<string, int> _fragmentDepths = [];
        private readonly Dictionary<(string, NamedType?), double> _fragmentCosts = [];
        private readonly HashSet<string> _inProgress = [];

        public int CountAliases()
        {
            var count = 0;
            var pending = new Stack<SelectionSetNode>();
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode operation) pending.Push(operation.SelectionSet);
                else if (definition is FragmentDefinitionNode fragment) pending.Push(fragment.SelectionSet);
            }
            while (pending.Count > 0)
            {
                foreach (var selection in pending.Pop().Selections)
                {
                    switch (selection)
                    {
                        case FieldNode field:
                            if (field.Alias is not null) count++;
                            if (field.SelectionSet is not null) pending.Push(field.SelectionSet);
                            break;
                        case InlineFragmentNode inline:
                            pending.Push(inline.SelectionSet);
                            break;
                    }
                }
            }
            return count;
        }

        public int Depth(SelectionSetNode selectionSet)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            var max = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => field.Name.Value.StartsWith("__", StringComparison.Ordinal) ? 0
                        : 1 + (field.SelectionSet is null ? 0 : Depth(field.SelectionSet)),
                    InlineFragmentNode inline => Depth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                max = Math.Max(max, depth);
            }
            return max;
        }

        private int FragmentDepth(string name)
        {
            if (_fragmentDepths.TryGetValue(name, out var known)) return known;
            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name)) return 0;
            var depth = Depth(fragment.SelectionSet);
            _inProgress.Remove(name);
            _fragmentDepths[name] = depth;
            return depth;
        }

        public double Cost(NamedType? parentType, SelectionSetNode selectionSet)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            double total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is null ? null : TypeInfo.GetFieldDefinition(schema, parentType, field.Name.Value);
                        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal)) break;
                        total += definition?.Cost ?? 1;
                        if (field.SelectionSet is not null)
                            total += ListSize(field) * Cost(definition?.Type.GetNamedType(), field.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        total += Cost(inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name.Value), inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        total += FragmentCost(spread.Name.Value);
                        break;
                }
            }
            return total;
        }

        private double FragmentCost(string name)
        {
            if (!_fragments.TryGetValue(name, out var fragment)) return 0;
            var type = schema.GetType(fragment.TypeCondition.Name.Value);
            if (_fragmentCosts.TryGetValue((name, type), out var known)) return known;
            if (!_inProgress.Add(name)) return 0;
            var cost = Cost(type, fragment.SelectionSet);
            _inProgress.Remove(name);
            _fragmentCosts[(name, type)] = cost;
            return cost;
        }

        /// <summary>How many items a list field asks for, read from a literal first/last/limit argument.</summary>
        private static double ListSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value is "first" or "last" or "limit" && argument.Value is IntValueNode size
                    && double.TryParse(size.Value, out var value) && value > 1)
                    return value;
            }
            return 1;
        }
    }
}
