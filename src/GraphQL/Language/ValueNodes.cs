namespace AgreementTracker.GraphQL.Language;

public abstract class ValueNode(Location location) : Node(location);

public sealed class VariableNode(NameNode name, Location location) : ValueNode(location)
{
    public NameNode Name { get; } = name;
}

public sealed class IntValueNode(string value, Location location) : ValueNode(location)
{
    /// <summary>The literal as written (arbitrary size; coercion decides what fits).</summary>
    public string Value { get; } = value;
}

public sealed class FloatValueNode(string value, Location location) : ValueNode(location)
{
    public string Value { get; } = value;
}

public sealed class StringValueNode(string value, bool block, Location location) : ValueNode(location)
{
    public string Value { get; } = value;
    public bool Block { get; } = block;
}

public sealed class BooleanValueNode(bool value, Location location) : ValueNode(location)
{
    public bool Value { get; } = value;
}

public sealed class NullValueNode(Location location) : ValueNode(location);

public sealed class EnumValueNode(string value, Location location) : ValueNode(location)
{
    public string Value { get; } = value;
}

public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location) : ValueNode(location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values;
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location) : ValueNode(location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location) : Node(location)
{
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
