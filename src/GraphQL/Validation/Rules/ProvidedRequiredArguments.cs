using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>Arguments of non-null type without a default must be given, on fields and directives.</summary>
public sealed class ProvidedRequiredArguments : ValidationRule
{
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.FieldDefinition is not { } field) return;
        foreach (var argument in field.Arguments)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
                context.ReportError($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.Schema.GetDirective(node.Name.Value) is not { } directive) return;
        foreach (var argument in directive.Arguments)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
                context.ReportError($"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    private static bool IsRequired(InputValueDefinition argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name) return true;
        }
        return false;
    }
}
