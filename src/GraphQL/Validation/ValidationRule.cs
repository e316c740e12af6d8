using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor over the document, created fresh for each validation. The walker
/// keeps <see cref="ValidationContext.TypeInfo"/> current, so rules read the types at each node.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The node whose subtree this rule asked not to visit, until the walker leaves it.</summary>
    internal Node? SkippedNode { get; set; }

    /// <summary>Stops this rule from visiting the inside of <paramref name="node"/> (graphql-js's "return false").</summary>
    protected void SkipSubtree(Node node) => SkippedNode = node;

    public virtual void EnterDocument(ValidationContext context, DocumentNode node) { }
    public virtual void LeaveDocument(ValidationContext context, DocumentNode node) { }
    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode node) { }
    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode node) { }
    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) { }
    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) { }
    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node) { }
    public virtual void EnterField(ValidationContext context, FieldNode node) { }
    public virtual void LeaveField(ValidationContext context, FieldNode node) { }
    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) { }
    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) { }

    /// <summary>A directive, with the location it is used at.</summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location) { }
    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node) { }

    /// <summary>Any node carrying directives, with all of them (fields, fragments, operations, variable definitions).</summary>
    public virtual void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives) { }
    public virtual void EnterArgument(ValidationContext context, ArgumentNode node) { }

    /// <summary>Any node carrying arguments, with all of them (fields and directives).</summary>
    public virtual void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments) { }
    public virtual void EnterValue(ValidationContext context, ValueNode node) { }
    public virtual void LeaveValue(ValidationContext context, ValueNode node) { }
    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node) { }
    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node, bool inTypeSystemDefinition) { }
}
