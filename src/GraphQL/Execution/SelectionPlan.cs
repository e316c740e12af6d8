using AgreementTracker.GraphQL.Introspection;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// What one selection asks of one object type, worked out once per request and shared by every object
/// of that type (all items of a list): the collected field groups, and of those the ones the type has,
/// with their field definitions and response keys in response order.
/// </summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(Schema schema, ObjectType type, List<FieldGroup> collected)
    {
        Collected = collected;
        var found = 0;
        foreach (var group in collected)
        {
            if (FindField(schema, type, group.First.Name.Value) is not null) found++;
        }
        Groups = new FieldGroup[found];
        Fields = new FieldDefinition[found];
        Keys = new string[found];
        var next = 0;
        foreach (var group in collected)
        {
            if (FindField(schema, type, group.First.Name.Value) is not { } field) continue;
            Groups[next] = group;
            Fields[next] = field;
            Keys[next] = group.ResponseKey;
            next++;
        }
    }

    /// <summary>Every group CollectFields produced, including fields the type does not have (unvalidated documents).</summary>
    public List<FieldGroup> Collected { get; }

    public FieldGroup[] Groups { get; }

    public FieldDefinition[] Fields { get; }

    public string[] Keys { get; }

    private static FieldDefinition? FindField(Schema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__typename": return IntrospectionTypes.TypeNameMetaField;
                case "__schema" when ReferenceEquals(parentType, schema.QueryType): return IntrospectionTypes.SchemaMetaField;
                case "__type" when ReferenceEquals(parentType, schema.QueryType): return IntrospectionTypes.TypeMetaField;
            }
        }
        return parentType.GetField(fieldName);
    }
}
