using AgreementTracker.GraphQL.Conformance.Tests.Oracle;

namespace AgreementTracker.GraphQL.Conformance.Tests;

/// <summary>
/// graphql-js rebuilds the schema from our introspection answer (buildClientSchema) and prints it;
/// the print must equal graphql-js's print of the SDL we loaded, so clients see exactly that schema.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class IntrospectionRoundTripTests(OracleFixture oracle)
{
    [Fact]
    public async Task Graphql_js_rebuilds_the_loaded_schema_from_our_introspection()
    {
        var introspection = await LibraryFixture.IntrospectAsync();

        var (expected, actual) = await oracle.RoundTripAsync(LibraryFixture.Sdl, introspection);

        Assert.Equal(expected, actual);
    }
}
