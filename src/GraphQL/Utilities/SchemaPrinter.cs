using AgreementTracker.GraphQL.Introspection;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Utilities;

/// <summary>Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does (built-ins and introspection types left out).</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
        {
            if (!SpecifiedDirectives.IsSpecified(directive.Name) || !ReferenceEquals(SpecifiedDirectives.All.First(d => d.Name == directive.Name), directive))
                parts.Add(PrintDirective(directive));
        }
        foreach (var type in schema.Types)
        {
            if (IsBuiltInScalar(type) || IntrospectionTypes.IsIntrospectionType(type)) continue;
            parts.Add(PrintType(schema, type));
        }
        return string.Join("\n\n", parts);
    }

    private static bool IsBuiltInScalar(NamedType type) => type is ScalarType && ReferenceEquals(BuiltInScalars.Find(type.Name), type);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames) return null;
        var operationTypes = new List<string> { $"  query: {schema.QueryType.Name}" };
        if (schema.MutationType is not null) operationTypes.Add($"  mutation: {schema.MutationType.Name}");
        if (schema.SubscriptionType is not null) operationTypes.Add($"  subscription: {schema.SubscriptionType.Name}");
        return Description(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static string PrintType(Schema schema, NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + $"scalar {scalar.Name}"
            + (scalar.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(scalar.SpecifiedByUrl)})"),
        ObjectType obj => Description(obj.Description) + $"type {obj.Name}" + Interfaces(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + $"interface {iface.Name}" + Interfaces(iface) + Fields(iface),
        UnionType union => Description(union.Description) + $"union {union.Name}"
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + $"enum {enumType.Name}"
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + $"input {input.Name}" + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "Unknown kind of type."),
    };

    private static string Interfaces(FieldsContainerType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(FieldsContainerType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ")
            + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => string.IsNullOrEmpty(a.Description))) return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition input)
    {
        var declaration = input.Name + ": " + input.Type;
        if (input.HasDefaultValue && AstFromValue.Convert(input.CoercedDefaultValue, input.Type) is { } literal)
            declaration += " = " + Printer.Print(literal);
        return declaration + Deprecated(input.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.SpecName()));

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation) + "\n";
    }
}
