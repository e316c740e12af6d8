namespace AgreementTracker.GraphQL.Types;

/// <summary>The five scalars every schema has.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntScalar();
    public static ScalarType Float { get; } = new FloatScalar();
    public static ScalarType String { get; } = new StringScalar();
    public static ScalarType Boolean { get; } = new BooleanScalar();
    public static ScalarType ID { get; } = new IdScalar();

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static ScalarType? Find(string name)
    {
        foreach (var scalar in All)
        {
            if (scalar.Name == name) return scalar;
        }
        return null;
    }
}
