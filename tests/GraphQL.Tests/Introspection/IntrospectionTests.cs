using AgreementTracker.GraphQL.Utilities;
using static AgreementTracker.GraphQL.Tests.Execution.LibraryQueries;

namespace AgreementTracker.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    /// <summary>The query graphql-js's getIntrospectionQuery produces with every option on (what GraphiQL and codegen send).</summary>
    private const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }
        """;

    [Fact]
    public async Task Full_introspection_query_succeeds_and_describes_the_schema()
    {
        var library = new SampleLibrary();
        var json = await Run(library, FullIntrospectionQuery);
        Assert.DoesNotContain("\"errors\"", json);
        Assert.Contains("\"description\":\"A library.\"", json);
        Assert.Contains("{\"name\":\"writer\",\"description\":\"Old name of author.\",\"args\":[],\"type\":{\"kind\":\"OBJECT\",\"name\":\"Author\",\"ofType\":null},\"isDeprecated\":true,\"deprecationReason\":\"Use `author`.\"}", json);
        Assert.Contains("{\"name\":\"genre\",\"description\":null,\"type\":{\"kind\":\"ENUM\",\"name\":\"Genre\",\"ofType\":null},\"defaultValue\":\"FICTION\"", json);
        Assert.Contains("\"possibleTypes\":[{\"kind\":\"OBJECT\",\"name\":\"Book\",\"ofType\":null},{\"kind\":\"OBJECT\",\"name\":\"Author\",\"ofType\":null},{\"kind\":\"OBJECT\",\"name\":\"Magazine\",\"ofType\":null}]", json);
    }

    [Fact]
    public async Task Type_lookup_and_typename_meta_fields()
    {
        var library = new SampleLibrary();
        Assert.Equal("""{"data":{"__type":{"kind":"UNION","name":"SearchResult"},"missing":null,"__typename":"Query"}}""",
            await Run(library, "{ __type(name: \"SearchResult\") { kind name } missing: __type(name: \"Nope\") { name } __typename }"));
    }

    [Fact]
    public void Schema_printer_matches_graphql_js_print_schema()
    {
        var library = new SampleLibrary();
        var printed = SchemaPrinter.Print(library.Schema);
        Assert.StartsWith("\"\"\"A library.\"\"\"\nschema {\n  query: Query\n  mutation: Mutation\n  subscription: Subscription\n}\n\nscalar Date\n\nscalar Decimal\n\ninterface Node {\n  id: ID!\n}", printed);
        Assert.Contains("type Book implements Node {\n  id: ID!\n  title: String!\n  genre: Genre\n  published: Date\n  price: Decimal\n  author: Author\n\n  \"\"\"Old name of author.\"\"\"\n  writer: Author @deprecated(reason: \"Use `author`.\")\n}", printed);
        Assert.Contains("input BookInput {\n  title: String!\n  genre: Genre = FICTION\n  price: Decimal\n  tags: [String!]\n}", printed);
    }
}
