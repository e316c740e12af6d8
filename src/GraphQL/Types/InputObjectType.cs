namespace AgreementTracker.GraphQL.Types;

public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private readonly Dictionary<string, InputValueDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _fields = [];

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary>Marked <c>@oneOf</c>: a value must give exactly one field, and not null.</summary>
    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string fieldName) => _fieldsByName.GetValueOrDefault(fieldName);

    internal bool TryAddField(InputValueDefinition field)
    {
        if (!_fieldsByName.TryAdd(field.Name, field)) return false;
        _fields.Add(field);
        return true;
    }
}
