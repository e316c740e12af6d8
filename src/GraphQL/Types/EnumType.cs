using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

public sealed class EnumValueDefinition(string name, string? description, string? deprecationReason, object value)
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public string? DeprecationReason { get; } = deprecationReason;
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>What resolvers see and return for this value: the name, unless a CLR enum was bound.</summary>
    public object Value { get; internal set; } = value;
}

/// <summary>
/// An enum type. Serializes values bound to it, or their names (strings or CLR enum members whose
/// name matches, e.g. <c>InProgress</c> for <c>IN_PROGRESS</c>).
/// </summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string valueName) => _byName.GetValueOrDefault(valueName);

    internal bool TryAddValue(EnumValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value)) return false;
        _values.Add(value);
        return true;
    }

    /// <summary>Maps each value to the member of <paramref name="enumType"/> with the same name, ignoring case and underscores.</summary>
    internal void BindClrEnum(Type enumType)
    {
        foreach (var value in _values)
        {
            foreach (var member in Enum.GetValues(enumType))
            {
                if (NameMatches(value.Name, member.ToString()!)) value.Value = member;
            }
        }
        _byValue.Clear();
    }

    public object? Serialize(object? value)
    {
        if (value is not null)
        {
            if (_byValue.Count == 0) IndexValues();
            if (_byValue.TryGetValue(value, out var definition)) return definition.Name;
            if (value is Enum member)
            {
                var memberName = member.ToString();
                foreach (var candidate in _values)
                {
                    if (NameMatches(candidate.Name, memberName)) return candidate.Name;
                }
            }
        }
        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    public object ParseValue(object? value)
    {
        if (value is not string text)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}." + Suggest(Inspect.Value(value)));
        var definition = GetValue(text)
            ?? throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text));
        return definition.Value;
    }

    public object ParseLiteral(ValueNode value)
    {
        if (value is not EnumValueNode literal)
        {
            var printed = Printer.Print(value);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + Suggest(printed), GraphQLError.LocationsOf(value));
        }
        var definition = GetValue(literal.Value)
            ?? throw new GraphQLError($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum." + Suggest(literal.Value), GraphQLError.LocationsOf(value));
        return definition.Value;
    }

    private string Suggest(string input)
    {
        var names = new List<string>(_values.Count);
        foreach (var value in _values) names.Add(value.Name);
        return Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(input, names));
    }

    private void IndexValues()
    {
        lock (_byValue)
        {
            if (_byValue.Count != 0) return;
            foreach (var value in _values) _byValue.TryAdd(value.Value, value);
        }
    }

    private static bool NameMatches(string graphQLName, string clrName)
    {
        var i = 0;
        foreach (var c in clrName)
        {
            while (i < graphQLName.Length && graphQLName[i] == '_') i++;
            if (c == '_') continue;
            if (i >= graphQLName.Length || char.ToUpperInvariant(graphQLName[i]) != char.ToUpperInvariant(c)) return false;
            i++;
        }
        while (i < graphQLName.Length && graphQLName[i] == '_') i++;
        return i == graphQLName.Length;
    }
}
