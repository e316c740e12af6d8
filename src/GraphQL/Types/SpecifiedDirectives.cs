using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The directives every schema has: @include, @skip, @deprecated and @specifiedBy.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Included when true.", null, null)],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        false);

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true.", null, null)],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        false);

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [new InputValueDefinition("reason", BuiltInScalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason, false, default), null)
        {
            CoercedDefaultValue = DefaultDeprecationReason,
        }],
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
        false);

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar.", null, null)],
        [DirectiveLocation.Scalar],
        false);

    /// <summary>Not in the October 2021 specification, but declared by graphql-js 16.9+; input objects carrying it take exactly one field.</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [],
        [DirectiveLocation.InputObject],
        false);

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
