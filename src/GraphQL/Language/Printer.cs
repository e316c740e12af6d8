using System.Text;

namespace AgreementTracker.GraphQL.Language;

/// <summary>Prints syntax trees back to GraphQL text in graphql-js's <c>print</c> format.</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(Node node) => node switch
    {
        NameNode name => name.Value,
        DocumentNode document => string.Join("\n\n", document.Definitions.Select(Print)),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => Print(variable.Variable) + ": " + Print(variable.Type)
            + Wrap(" = ", PrintOptional(variable.DefaultValue)) + Wrap(" ", Directives(variable.Directives)),
        SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
        FieldNode field => PrintField(field),
        FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
        InlineFragmentNode inline => Join(" ", "...", Wrap("on ", PrintOptional(inline.TypeCondition)), Directives(inline.Directives), Print(inline.SelectionSet)),
        FragmentDefinitionNode fragment => $"fragment {fragment.Name.Value} on {Print(fragment.TypeCondition)} "
            + Wrap("", Directives(fragment.Directives), " ") + Print(fragment.SelectionSet),
        ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
        DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", string.Join(", ", directive.Arguments.Select(Print)), ")"),
        ValueNode value => PrintValue(value),
        ObjectFieldNode objectField => objectField.Name.Value + ": " + Print(objectField.Value),
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => TypeSystemPrinter.Print(node),
    };

    internal static string PrintOptional(Node? node) => node is null ? "" : Print(node);

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = Wrap("(", string.Join(", ", operation.VariableDefinitions.Select(Print)), ")");
        var directives = Directives(operation.Directives);
        var selectionSet = Print(operation.SelectionSet);
        if (operation.Name is null && directives.Length == 0 && variables.Length == 0 && operation.Operation == OperationType.Query)
            return selectionSet;
        var keyword = operation.Operation.ToString().ToLowerInvariant();
        return Join(" ", keyword, (operation.Name?.Value ?? "") + variables, directives, selectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap("", field.Alias?.Value, ": ") + field.Name.Value;
        var arguments = field.Arguments.Select(Print).ToList();
        var argumentsLine = prefix + Wrap("(", string.Join(", ", arguments), ")");
        if (argumentsLine.Length > MaxLineLength)
            argumentsLine = prefix + Wrap("(\n", Indent(string.Join("\n", arguments)), "\n)");
        return Join(" ", argumentsLine, Directives(field.Directives), PrintOptional(field.SelectionSet));
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(PrintValue)) + "]",
        ObjectValueNode obj => "{" + string.Join(", ", obj.Fields.Select(Print)) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value node."),
    };

    /// <summary>A quoted string with JSON-style escapes, as graphql-js prints it.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) builder.Append("\\u").Append(((int)c).ToString("X4"));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    internal static string Directives(IReadOnlyList<DirectiveNode> directives) => string.Join(" ", directives.Select(Print));

    internal static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(part => !string.IsNullOrEmpty(part)));

    internal static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? "" : start + value + end;

    internal static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  "));

    internal static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(string.Join("\n", items)), "\n}");
}
