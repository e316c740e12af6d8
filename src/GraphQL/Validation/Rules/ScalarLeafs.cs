using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Leaf fields have no selection; composite fields must have one.</summary>
public sealed class ScalarLeafs : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.Type is not { } type) return;
        var isLeaf = type.GetNamedType() is ScalarType or EnumType;
        if (isLeaf && node.SelectionSet is not null)
        {
            context.ReportError($"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", node.SelectionSet);
        }
        else if (!isLeaf && node.SelectionSet is null)
        {
            context.ReportError($"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?", node);
        }
    }
}
