using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Validation;

namespace AgreementTracker.GraphQL.Tests.Validation;

/// <summary>The schema graphql-js's own validation tests use (pets and complicated arguments), and assertion helpers.</summary>
internal static class ValidationHarness
{
    public static Schema Schema { get; } = new SchemaBuilder().AddTypeDefinitions("""
        interface Mammal { mother: Mammal father: Mammal }
        interface Pet { name(surname: Boolean): String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
        enum DogCommand { SIT HEEL DOWN }
        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }
        type Cat implements Pet { name(surname: Boolean): String nickname: String meows: Boolean meowsVolume: Int furColor: FurColor }
        union CatOrDog = Cat | Dog
        type Human { name(surname: Boolean): String pets: [Pet] relatives: [Human]! }
        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
        input ComplexInput { requiredField: Boolean! nonNullField: Boolean! = false intField: Int stringField: String booleanField: Boolean stringListField: [String] }
        input OneOfInput @oneOf { stringField: String intField: Int }
        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        type QueryRoot { human(id: ID): Human dog: Dog cat: Cat pet: Pet catOrDog: CatOrDog complicatedArgs: ComplicatedArgs }
        type SubscriptionRoot { importantEmails: [String] notImportantEmails: [String] }
        schema { query: QueryRoot subscription: SubscriptionRoot }
        directive @onField on FIELD
        directive @repeatable repeatable on FIELD
        """).Build();

    public static IReadOnlyList<GraphQLError> Validate<TRule>(string query) where TRule : ValidationRule, new() =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [() => new TRule()]);

    public static void AssertValid<TRule>(string query) where TRule : ValidationRule, new() =>
        Assert.Empty(Validate<TRule>(query).Select(e => e.Message));

    /// <summary>Each expected error is "message @line:column[,line:column...]".</summary>
    public static void AssertErrors<TRule>(string query, params string[] expected) where TRule : ValidationRule, new()
    {
        var actual = Validate<TRule>(query)
            .Select(e => e.Message + " @" + string.Join(",", e.Locations!.Select(l => $"{l.Line}:{l.Column}")))
            .ToList();
        Assert.Equal(expected, actual);
    }
}
