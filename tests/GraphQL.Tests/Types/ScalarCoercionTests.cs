using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Tests.Types;

public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1.0, 1)]
    [InlineData(true, 1)]
    [InlineData("-5", -5)]
    public void Int_result_coercion(object value, int expected) => Assert.Equal(expected, BuiltInScalars.Int.Serialize(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("one", "Int cannot represent non-integer value: \"one\"")]
    public void Int_result_coercion_errors(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize(value)).Message);

    [Theory]
    [InlineData("Int", "1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "\"1\"", "Float cannot represent non numeric value: \"1\"")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    public void Literal_coercion_errors(string scalar, string literal, string message)
    {
        var type = BuiltInScalars.Find(scalar)!;
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => type.ParseLiteral(Parser.ParseValue(literal))).Message);
    }

    [Fact]
    public void Variable_coercion_follows_javascript_numbers()
    {
        Assert.Equal(4, BuiltInScalars.Int.ParseValue(4.0));
        Assert.Equal(3d, BuiltInScalars.Float.ParseValue(3L));
        Assert.Equal("7", BuiltInScalars.ID.ParseValue(7L));
        Assert.Equal("Float cannot represent non numeric value: NaN", Assert.Throws<GraphQLError>(() => BuiltInScalars.Float.ParseValue(double.NaN)).Message);
        Assert.Equal("String cannot represent a non string value: true", Assert.Throws<GraphQLError>(() => BuiltInScalars.String.ParseValue(true)).Message);
    }

    [Fact]
    public void Decimal_round_trips_exactly()
    {
        var scalar = new DecimalScalar();
        Assert.Equal(12345678901234567890.123456789m, scalar.ParseLiteral(Parser.ParseValue("12345678901234567890.123456789")));
        Assert.Equal(0.1m, scalar.ParseValue("0.1"));
        Assert.Equal(0.30m, scalar.Serialize(0.30m));
        Assert.Throws<GraphQLError>(() => scalar.ParseValue(0.1d));
    }

    [Fact]
    public void Date_and_DateTime_use_iso_formats()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), new DateScalar().ParseValue("2024-02-29"));
        Assert.Throws<GraphQLError>(() => new DateScalar().ParseValue("2023-02-29"));
        var instant = (DateTimeOffset)new DateTimeScalar().ParseValue("2024-05-01T12:30:00.5+02:00")!;
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 30, 0, 500, TimeSpan.FromHours(2)), instant);
        Assert.Equal("2024-05-01T10:30:00Z", new DateTimeScalar().Serialize(new DateTime(2024, 5, 1, 10, 30, 0, DateTimeKind.Utc)));
        Assert.Throws<GraphQLError>(() => new DateTimeScalar().ParseValue("2024-05-01T12:30:00"));
    }
}
