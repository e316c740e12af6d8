namespace AgreementTracker.GraphQL.Language;

/// <summary>Printing of type-system definitions and extensions, in graphql-js's <c>print</c> format.</summary>
internal static class TypeSystemPrinter
{
    public static string Print(Node node) => node switch
    {
        SchemaDefinitionNode schema => Described(schema.Description, Printer.Join(" ",
            Keyword(schema, "schema"), Printer.Directives(schema.Directives), Printer.Block(schema.OperationTypes.Select(Print)))),
        OperationTypeDefinitionNode operationType => operationType.Operation.ToString().ToLowerInvariant() + ": " + Printer.Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Described(scalar.Description, Printer.Join(" ",
            Keyword(scalar, "scalar"), scalar.Name.Value, Printer.Directives(scalar.Directives))),
        ObjectTypeDefinitionNode obj => FieldsContainer(obj, "type"),
        InterfaceTypeDefinitionNode iface => FieldsContainer(iface, "interface"),
        FieldDefinitionNode field => Described(field.Description, field.Name.Value + Arguments(field.Arguments)
            + ": " + Printer.Print(field.Type) + Printer.Wrap(" ", Printer.Directives(field.Directives))),
        InputValueDefinitionNode input => Described(input.Description, Printer.Join(" ",
            input.Name.Value + ": " + Printer.Print(input.Type), Printer.Wrap("= ", Printer.PrintOptional(input.DefaultValue)),
            Printer.Directives(input.Directives))),
        UnionTypeDefinitionNode union => Described(union.Description, Printer.Join(" ",
            Keyword(union, "union"), union.Name.Value, Printer.Directives(union.Directives),
            Printer.Wrap("= ", string.Join(" | ", union.Types.Select(Printer.Print))))),
        EnumTypeDefinitionNode enumType => Described(enumType.Description, Printer.Join(" ",
            Keyword(enumType, "enum"), enumType.Name.Value, Printer.Directives(enumType.Directives),
            Printer.Block(enumType.Values.Select(Print)))),
        EnumValueDefinitionNode value => Described(value.Description, Printer.Join(" ", value.Name.Value, Printer.Directives(value.Directives))),
        InputObjectTypeDefinitionNode input => Described(input.Description, Printer.Join(" ",
            Keyword(input, "input"), input.Name.Value, Printer.Directives(input.Directives), Printer.Block(input.Fields.Select(Print)))),
        DirectiveDefinitionNode directive => Described(directive.Description, "directive @" + directive.Name.Value
            + Arguments(directive.Arguments) + (directive.Repeatable ? " repeatable" : "")
            + " on " + string.Join(" | ", directive.Locations.Select(l => l.Value))),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown syntax node."),
    };

    private static string FieldsContainer(FieldsContainerDefinitionNode node, string keyword) =>
        Described(node.Description, Printer.Join(" ",
            Keyword(node, keyword), node.Name.Value,
            Printer.Wrap("implements ", string.Join(" & ", node.Interfaces.Select(Printer.Print))),
            Printer.Directives(node.Directives), Printer.Block(node.Fields.Select(Print))));

    private static string Keyword(TypeSystemNode node, string keyword) => node.IsExtension ? "extend " + keyword : keyword;

    private static string Described(StringValueNode? description, string text) =>
        Printer.Wrap("", Printer.PrintOptional(description), "\n") + text;

    private static string Arguments(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(p => p.Contains('\n'))
            ? Printer.Wrap("(\n", Printer.Indent(string.Join("\n", printed)), "\n)")
            : Printer.Wrap("(", string.Join(", ", printed), ")");
    }
}
