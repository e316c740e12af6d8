using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation;

/// <summary>A place a variable is used, with the input type expected there.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, GraphQLType? ParentType);

/// <summary>Shared by all rules during one validation: the schema, the document, type information and error reporting.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads;
    // Memos made on first use: most documents need few of them.
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<Node, List<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _errors = errors;
        _maxErrors = maxErrors;
        _spreads = [];
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>A context with its own type information over the same document, for walking one definition on the side.</summary>
    private ValidationContext(ValidationContext parent)
    {
        Schema = parent.Schema;
        Document = parent.Document;
        TypeInfo = new TypeInfo(parent.Schema);
        _errors = [];
        _maxErrors = int.MaxValue;
        _fragments = parent._fragments;
        _spreads = parent._spreads;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public TypeInfo TypeInfo { get; }

    public void ReportError(string message, params Node[] nodes) => ReportError(new GraphQLError(message, GraphQLError.LocationsOf(nodes), code: ErrorCodes.ValidationFailed));

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", code: ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }
        _errors.Add(error.Code is null ? new GraphQLError(error.Message, error.Locations, error.Path, ErrorCodes.ValidationFailed, error.InnerException, error.Extensions) : error);
    }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly inside a selection set (through inline fragments, not into other fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } inner }: pending.Push(inner); break;
                    case InlineFragmentNode inline: pending.Push(inline.SelectionSet); break;
                }
            }
        }
        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_fragments.Count == 0) return [];
        _recursiveFragments ??= [];
        if (_recursiveFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                var name = spread.Name.Value;
                if (!collected.Add(name) || GetFragment(name) is not { } fragment) continue;
                fragments.Add(fragment);
                pending.Push(fragment.SelectionSet);
            }
        }
        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Variables used in an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(DefinitionNode node)
    {
        if (Document.ParsedWithoutVariables) return [];
        _variableUsages ??= [];
        if (_variableUsages.TryGetValue(node, out var cached)) return cached;
        var collector = new VariableUsageCollector();
        new DocumentWalker(new ValidationContext(this), [collector]).WalkDefinition(node);
        _variableUsages[node] = collector.Usages;
        return collector.Usages;
    }

    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= [];
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation)) usages.AddRange(GetVariableUsages(fragment));
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector : ValidationRule
    {
        public List<VariableUsage> Usages { get; } = [];

        public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => SkipSubtree(node);

        public override void EnterValue(ValidationContext context, ValueNode node)
        {
            if (node is VariableNode variable)
                Usages.Add(new VariableUsage(variable, context.TypeInfo.InputType, context.TypeInfo.HasDefaultValue, context.TypeInfo.ParentInputType));
        }
    }
}

/// <summary>Thrown to stop validation once the error limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception;
