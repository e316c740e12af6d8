using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Every selected field exists on its parent type; suggests inline fragments or similar names.</summary>
public sealed class FieldsOnCorrectType : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.ParentType is not { } type || context.TypeInfo.FieldDefinition is not null) return;
        var fieldName = node.Name.Value;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, type, fieldName));
        if (suggestion.Length == 0 && type is FieldsContainerType container)
            suggestion = Suggestions.DidYouMean(Suggestions.SuggestionList(fieldName, container.Fields.Select(f => f.Name)));
        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
    }

    private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType)) return [];
        var suggested = new List<FieldsContainerType>();
        var usageCount = new Dictionary<string, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null) continue;
            suggested.Add(possible);
            usageCount[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null) continue;
                if (!suggested.Contains(iface)) suggested.Add(iface);
                usageCount[iface.Name] = usageCount.GetValueOrDefault(iface.Name) + 1;
            }
        }
        suggested.Sort((a, b) =>
        {
            var byUsage = usageCount[b.Name] - usageCount[a.Name];
            if (byUsage != 0) return byUsage;
            if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
            if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }
}
