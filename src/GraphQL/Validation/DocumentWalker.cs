using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation;

/// <summary>
/// Visits a document depth-first in graphql-js's key order, calling every rule at each node while
/// keeping the context's <see cref="TypeInfo"/> in step. Descriptions are not visited. The rules are an
/// array because a foreach over an interface would allocate an enumerator at every node.
/// </summary>
internal sealed class DocumentWalker(ValidationContext context, ValidationRule[] rules)
{
    private readonly TypeInfo _typeInfo = context.TypeInfo;

    public void WalkDocument(DocumentNode document)
    {
        Each(document, static (r, c, n) => r.EnterDocument(c, n));
        foreach (var definition in document.Definitions) WalkDefinition(definition);
        Leave(document, static (r, c, n) => r.LeaveDocument(c, n));
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                _typeInfo.EnterFragment(fragment.TypeCondition);
                Each(fragment, static (r, c, n) => r.EnterFragmentDefinition(c, n));
                WalkNamedType(fragment.TypeCondition, false);
                WalkDirectives(fragment.Directives, DirectiveLocation.FragmentDefinition);
                WalkSelectionSet(fragment.SelectionSet);
                Leave(fragment, static (_, _, _) => { });
                _typeInfo.LeaveTypeScope();
                break;
            case TypeSystemNode typeSystem:
                foreach (var namedType in TypeSystemReferences.NamedTypes(typeSystem)) WalkNamedType(namedType, true);
                break;
        }
    }

    private void WalkOperation(OperationDefinitionNode operation)
    {
        _typeInfo.EnterOperation(operation);
        Each(operation, static (r, c, n) => r.EnterOperation(c, n));
        foreach (var variable in operation.VariableDefinitions) WalkVariableDefinition(variable);
        WalkDirectives(operation.Directives, operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        });
        WalkSelectionSet(operation.SelectionSet);
        Leave(operation, static (r, c, n) => r.LeaveOperation(c, n));
        _typeInfo.LeaveTypeScope();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        Each(node, static (r, c, n) => r.EnterVariableDefinition(c, n));
        WalkValue(node.Variable);
        WalkType(node.Type);
        if (node.DefaultValue is not null) WalkValue(node.DefaultValue);
        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        Leave(node, static (_, _, _) => { });
        _typeInfo.LeaveInputScope();
    }

    private void WalkType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named: WalkNamedType(named, false); break;
            case ListTypeNode list: WalkType(list.Type); break;
            case NonNullTypeNode nonNull: WalkType(nonNull.Type); break;
        }
    }

    private void WalkNamedType(NamedTypeNode node, bool inTypeSystemDefinition)
    {
        foreach (var rule in rules)
        {
            if (rule.SkippedNode is null) rule.EnterNamedType(context, node, inTypeSystemDefinition);
        }
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.EnterSelectionSet();
        Each(selectionSet, static (r, c, n) => r.EnterSelectionSet(c, n));
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field: WalkField(field); break;
                case InlineFragmentNode inline: WalkInlineFragment(inline); break;
                case FragmentSpreadNode spread:
                    Each(spread, static (r, c, n) => r.EnterFragmentSpread(c, n));
                    WalkDirectives(spread.Directives, DirectiveLocation.FragmentSpread);
                    Leave(spread, static (_, _, _) => { });
                    break;
            }
        }
        Leave(selectionSet, static (_, _, _) => { });
        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode field)
    {
        _typeInfo.EnterField(field);
        Each(field, static (r, c, n) => r.EnterField(c, n));
        WalkArguments(field.Arguments);
        WalkDirectives(field.Directives, DirectiveLocation.Field);
        if (field.SelectionSet is not null) WalkSelectionSet(field.SelectionSet);
        Leave(field, static (r, c, n) => r.LeaveField(c, n));
        _typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode inline)
    {
        _typeInfo.EnterFragment(inline.TypeCondition);
        Each(inline, static (r, c, n) => r.EnterInlineFragment(c, n));
        if (inline.TypeCondition is not null) WalkNamedType(inline.TypeCondition, false);
        WalkDirectives(inline.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(inline.SelectionSet);
        Leave(inline, static (_, _, _) => { });
        _typeInfo.LeaveTypeScope();
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var rule in rules)
        {
            if (rule.SkippedNode is null) rule.EnterArguments(context, arguments);
        }
        foreach (var argument in arguments)
        {
            _typeInfo.EnterArgument(argument);
            Each(argument, static (r, c, n) => r.EnterArgument(c, n));
            WalkValue(argument.Value);
            Leave(argument, static (_, _, _) => { });
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var rule in rules)
        {
            if (rule.SkippedNode is null) rule.EnterDirectives(context, directives);
        }
        foreach (var directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            foreach (var rule in rules)
            {
                if (rule.SkippedNode is null) rule.EnterDirective(context, directive, location);
            }
            WalkArguments(directive.Arguments);
            Leave(directive, static (r, c, n) => r.LeaveDirective(c, n));
            _typeInfo.LeaveDirective();
        }
    }

    private void WalkValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                _typeInfo.EnterListValue();
                Each<ValueNode>(list, static (r, c, n) => r.EnterValue(c, n));
                foreach (var item in list.Values) WalkValue(item);
                Leave<ValueNode>(list, static (r, c, n) => r.LeaveValue(c, n));
                _typeInfo.LeaveDefaultValueScope();
                break;
            case ObjectValueNode obj:
                Each<ValueNode>(obj, static (r, c, n) => r.EnterValue(c, n));
                foreach (var field in obj.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    Each(field, static (r, c, n) => r.EnterObjectField(c, n));
                    WalkValue(field.Value);
                    Leave(field, static (_, _, _) => { });
                    _typeInfo.LeaveDefaultValueScope();
                }
                Leave<ValueNode>(obj, static (r, c, n) => r.LeaveValue(c, n));
                break;
            default:
                Each(value, static (r, c, n) => r.EnterValue(c, n));
                Leave(value, static (r, c, n) => r.LeaveValue(c, n));
                break;
        }
    }

    private void Each<TNode>(TNode node, Action<ValidationRule, ValidationContext, TNode> enter) where TNode : Node
    {
        foreach (var rule in rules)
        {
            if (rule.SkippedNode is null) enter(rule, context, node);
        }
    }

    private void Leave<TNode>(TNode node, Action<ValidationRule, ValidationContext, TNode> leave) where TNode : Node
    {
        foreach (var rule in rules)
        {
            if (rule.SkippedNode is null) leave(rule, context, node);
            else if (ReferenceEquals(rule.SkippedNode, node)) rule.SkippedNode = null;
        }
    }
}
