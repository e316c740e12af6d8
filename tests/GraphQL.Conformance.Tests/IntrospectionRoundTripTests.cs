using AgreementTracker.GraphQL.Conformance.Tests.Oracle;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Conformance.Tests;

/// <summary>
/// graphql-js rebuilds the schema from our introspection answer (buildClientSchema) and prints it;
/// the print must equal graphql-js's print of the SDL we loaded, so clients see exactly that schema.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class IntrospectionRoundTripTests(OracleFixture oracle)
{
    [Fact]
    public async Task Graphql_js_rebuilds_the_library_fixture_from_our_introspection()
    {
        var (expected, actual) = await oracle.RoundTripAsync(LibraryFixture.Sdl, await SchemaIntrospection.OfAsync(LibraryFixture.Schema));

        Assert.Equal(expected, actual);
    }

    /// <summary>The product's public contract, schema/graphql/*.graphql, loaded as the server loads it.</summary>
    [Fact]
    public async Task Graphql_js_rebuilds_the_product_contract_from_our_introspection()
    {
        var files = Directory.GetFiles(Path.Combine(ProjectPaths.Root, "..", "..", "schema", "graphql"), "*.graphql").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var builder = new SchemaBuilder();
        foreach (var file in files) builder.AddTypeDefinitions(await File.ReadAllTextAsync(file));

        var (expected, actual) = await oracle.RoundTripAsync(
            string.Join('\n', files.Select(File.ReadAllText)), await SchemaIntrospection.OfAsync(builder.Build()));

        Assert.Equal(expected, actual);
    }
}
