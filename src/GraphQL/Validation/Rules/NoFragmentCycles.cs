using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Fragments must not spread themselves, directly or through others (reports each cycle once).</summary>
public sealed class NoFragmentCycles : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndex = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        DetectCycle(context, node);
        SkipSubtree(node);
    }

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node) => SkipSubtree(node);

    private void DetectCycle(ValidationContext context, FragmentDefinitionNode fragment)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var name = fragment.Name.Value;
        if (!_visited.Add(name)) return;
        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0) return;
        _spreadPathIndex[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndex.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target) DetectCycle(context, target);
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), [.. cyclePath]);
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _spreadPathIndex.Remove(name);
    }
}
