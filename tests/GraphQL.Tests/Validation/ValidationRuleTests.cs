using AgreementTracker.GraphQL.Validation.Rules;
using static AgreementTracker.GraphQL.Tests.Validation.ValidationHarness;

namespace AgreementTracker.GraphQL.Tests.Validation;

/// <summary>One valid and at least one invalid document per rule, with graphql-js's messages and locations.</summary>
public sealed class ValidationRuleTests
{
    [Fact]
    public void ExecutableDefinitions_rejects_type_definitions()
    {
        AssertValid<ExecutableDefinitions>("query Foo { dog { name } } fragment F on Dog { name }");
        AssertErrors<ExecutableDefinitions>("query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            "The \"Cow\" definition is not executable. @2:1", "The \"Dog\" definition is not executable. @3:1");
    }

    [Fact]
    public void UniqueOperationNames()
    {
        AssertValid<UniqueOperationNames>("query Foo { dog { name } } query Bar { dog { name } }");
        AssertErrors<UniqueOperationNames>("query Foo { dog { name } }\nmutation Foo { dog { name } }",
            "There can be only one operation named \"Foo\". @1:7,2:10");
    }

    [Fact]
    public void LoneAnonymousOperation()
    {
        AssertValid<LoneAnonymousOperation>("{ dog { name } } fragment F on Dog { name }");
        AssertErrors<LoneAnonymousOperation>("{ dog { name } }\n{ cat { name } }",
            "This anonymous operation must be the only defined operation. @1:1",
            "This anonymous operation must be the only defined operation. @2:1");
    }

    [Fact]
    public void SingleFieldSubscriptions()
    {
        AssertValid<SingleFieldSubscriptions>("subscription S { importantEmails }");
        AssertErrors<SingleFieldSubscriptions>("subscription S { importantEmails notImportantEmails }",
            "Subscription \"S\" must select only one top level field. @1:34");
        AssertErrors<SingleFieldSubscriptions>("subscription { __typename }",
            "Anonymous Subscription must not select an introspection top level field. @1:16");
    }

    [Fact]
    public void KnownTypeNames()
    {
        AssertValid<KnownTypeNames>("query ($a: String, $b: [Boolean!]) { dog { ... on Dog { name } } }");
        AssertErrors<KnownTypeNames>("query ($a: JumbledUpLetters) { dog { ... on Badger { name } } }",
            "Unknown type \"JumbledUpLetters\". @1:12", "Unknown type \"Badger\". @1:45");
    }

    [Fact]
    public void FragmentsOnCompositeTypes()
    {
        AssertValid<FragmentsOnCompositeTypes>("fragment F on Pet { name } { dog { ... on CatOrDog { __typename } } }");
        AssertErrors<FragmentsOnCompositeTypes>("fragment F on Boolean { x }\n{ dog { ... on FurColor { x } } }",
            "Fragment \"F\" cannot condition on non composite type \"Boolean\". @1:15",
            "Fragment cannot condition on non composite type \"FurColor\". @2:16");
    }

    [Fact]
    public void VariablesAreInputTypes()
    {
        AssertValid<VariablesAreInputTypes>("query ($a: String, $b: [Boolean!]!, $c: ComplexInput) { dog { name } }");
        AssertErrors<VariablesAreInputTypes>("query ($a: Dog, $b: [[CatOrDog!]]!) { dog { name } }",
            "Variable \"$a\" cannot be non-input type \"Dog\". @1:12",
            "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". @1:21");
    }

    [Fact]
    public void ScalarLeafs()
    {
        AssertValid<ScalarLeafs>("{ dog { barks } }");
        AssertErrors<ScalarLeafs>("{ dog }\n{ dog { barks { sinceWhen } } }",
            "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? @1:3",
            "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @2:15");
    }

    [Fact]
    public void FieldsOnCorrectType()
    {
        AssertValid<FieldsOnCorrectType>("{ dog { name __typename } catOrDog { __typename ... on Dog { barks } } }");
        AssertErrors<FieldsOnCorrectType>("{ dog { meowVolume } catOrDog { name } }",
            "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @1:9",
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"? @1:33");
    }

    [Fact]
    public void UniqueFragmentNames()
    {
        AssertValid<UniqueFragmentNames>("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { name }");
        AssertErrors<UniqueFragmentNames>("{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { barks }",
            "There can be only one fragment named \"A\". @2:10,3:10");
    }

    [Fact]
    public void KnownFragmentNames()
    {
        AssertValid<KnownFragmentNames>("{ dog { ...A } } fragment A on Dog { name }");
        AssertErrors<KnownFragmentNames>("{ dog { ...Missing } }", "Unknown fragment \"Missing\". @1:12");
    }

    [Fact]
    public void NoUnusedFragments()
    {
        AssertValid<NoUnusedFragments>("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");
        AssertErrors<NoUnusedFragments>("{ dog { name } }\nfragment Unused on Dog { name }", "Fragment \"Unused\" is never used. @2:1");
    }

    [Fact]
    public void PossibleFragmentSpreads()
    {
        AssertValid<PossibleFragmentSpreads>("{ dog { ... on Pet { name } ...C } } fragment C on CatOrDog { __typename }");
        AssertErrors<PossibleFragmentSpreads>("{ dog { ... on Cat { meows } ...H } } fragment H on Human { name }",
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @1:9",
            "Fragment \"H\" cannot be spread here as objects of type \"Dog\" can never be of type \"Human\". @1:30");
    }

    [Fact]
    public void NoFragmentCycles()
    {
        AssertValid<NoFragmentCycles>("fragment A on Dog { ...B } fragment B on Dog { name }");
        AssertErrors<NoFragmentCycles>("fragment A on Dog { ...B }\nfragment B on Dog { ...A }",
            "Cannot spread fragment \"A\" within itself via \"B\". @1:21,2:21");
        AssertErrors<NoFragmentCycles>("fragment A on Dog { ...A }", "Cannot spread fragment \"A\" within itself. @1:21");
    }

    [Fact]
    public void UniqueVariableNames()
    {
        AssertValid<UniqueVariableNames>("query ($a: Int, $b: Int) { dog { name } }");
        AssertErrors<UniqueVariableNames>("query ($a: Int, $a: String) { dog { name } }",
            "There can be only one variable named \"$a\". @1:9,1:18");
    }

    [Fact]
    public void NoUndefinedVariables()
    {
        AssertValid<NoUndefinedVariables>("query ($a: Int) { complicatedArgs { intArgField(intArg: $a) } }");
        AssertErrors<NoUndefinedVariables>("query Q { ...F }\nfragment F on QueryRoot { complicatedArgs { intArgField(intArg: $x) } }",
            "Variable \"$x\" is not defined by operation \"Q\". @2:65,1:1");
    }

    [Fact]
    public void NoUnusedVariables()
    {
        AssertValid<NoUnusedVariables>("query ($a: Int) { ...F } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $a) } }");
        AssertErrors<NoUnusedVariables>("query Q($a: Int, $b: Int) { complicatedArgs { intArgField(intArg: $a) } }",
            "Variable \"$b\" is never used in operation \"Q\". @1:18");
    }

    [Fact]
    public void KnownDirectives()
    {
        AssertValid<KnownDirectives>("query ($a: Boolean!) { dog @include(if: $a) { name @onField } }");
        AssertErrors<KnownDirectives>("query @onField { dog @unknown { name } }",
            "Directive \"@onField\" may not be used on QUERY. @1:7", "Unknown directive \"@unknown\". @1:22");
    }

    [Fact]
    public void UniqueDirectivesPerLocation()
    {
        AssertValid<UniqueDirectivesPerLocation>("{ dog @repeatable @repeatable { name } }");
        AssertErrors<UniqueDirectivesPerLocation>("{ dog @onField @onField { name } }",
            "The directive \"@onField\" can only be used once at this location. @1:7,1:16");
    }

    [Fact]
    public void KnownArgumentNames()
    {
        AssertValid<KnownArgumentNames>("{ dog { doesKnowCommand(dogCommand: SIT) name @include(if: true) } }");
        AssertErrors<KnownArgumentNames>("{ dog { doesKnowCommand(dogCommond: SIT) name @skip(iff: true) } }",
            "Unknown argument \"dogCommond\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @1:25",
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @1:53");
    }

    [Fact]
    public void UniqueArgumentNames()
    {
        AssertValid<UniqueArgumentNames>("{ dog { isAtLocation(x: 1, y: 2) } }");
        AssertErrors<UniqueArgumentNames>("{ dog { isAtLocation(x: 1, x: 2) } }",
            "There can be only one argument named \"x\". @1:22,1:28");
    }

    [Fact]
    public void ValuesOfCorrectType()
    {
        AssertValid<ValuesOfCorrectType>("""{ complicatedArgs { intArgField(intArg: 2) stringListArgField(stringListArg: "one") complexArgField(complexArg: {requiredField: true}) enumArgField(enumArg: TAN) } }""");
        AssertErrors<ValuesOfCorrectType>("""{ complicatedArgs { intArgField(intArg: "3") enumArgField(enumArg: TEN) complexArgField(complexArg: {intField: 4, unknown: 1}) nonNullIntArgField(nonNullIntArg: null) } }""",
            "Int cannot represent non-integer value: \"3\" @1:41",
            "Value \"TEN\" does not exist in \"FurColor\" enum. Did you mean the enum value \"TAN\"? @1:68",
            "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @1:101",
            "Field \"unknown\" is not defined by type \"ComplexInput\". @1:115",
            "Expected value of type \"Int!\", found null. @1:162");
        AssertErrors<ValuesOfCorrectType>("{ complicatedArgs { oneOfArgField(oneOfArg: {stringField: \"a\", intField: 1}) } }",
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @1:45");
    }

    [Fact]
    public void ProvidedRequiredArguments()
    {
        AssertValid<ProvidedRequiredArguments>("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault } }");
        AssertErrors<ProvidedRequiredArguments>("{ complicatedArgs { multipleReqs(req2: 2) } dog @include { name } }",
            "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. @1:21",
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @1:49");
    }

    [Fact]
    public void VariablesInAllowedPosition()
    {
        AssertValid<VariablesInAllowedPosition>("query ($a: Int = 1, $b: Boolean) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } dog { isHouseTrained(atOtherHomes: $b) } }");
        AssertErrors<VariablesInAllowedPosition>("query ($a: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }",
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". @1:8,1:71");
    }

    [Fact]
    public void OverlappingFieldsCanBeMerged()
    {
        AssertValid<OverlappingFieldsCanBeMerged>("{ dog { name name otherName: name ... on Dog { name } } catOrDog { ... on Dog { name: barkVolume } ... on Cat { name: meowsVolume } } }");
        AssertErrors<OverlappingFieldsCanBeMerged>("{ dog { fido: name fido: nickname } }",
            "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:9,1:20");
        AssertErrors<OverlappingFieldsCanBeMerged>("{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @1:9,1:42");
        AssertErrors<OverlappingFieldsCanBeMerged>("{ pet { ... on Dog { x: barkVolume } ... on Cat { x: name } } }",
            "Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @1:22,1:51");
        AssertErrors<OverlappingFieldsCanBeMerged>("{ dog { mother { name } mother { name: nickname } } }",
            "Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:9,1:18,1:25,1:34");
    }

    [Fact]
    public void UniqueInputFieldNames()
    {
        AssertValid<UniqueInputFieldNames>("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) } }");
        AssertErrors<UniqueInputFieldNames>("{ complicatedArgs { complexArgField(complexArg: {intField: 1, intField: 2}) } }",
            "There can be only one input field named \"intField\". @1:50,1:63");
    }

    [Fact]
    public void MaxIntrospectionDepth()
    {
        AssertValid<MaxIntrospectionDepth>("{ __schema { types { fields { type { fields { name } } } } } }");
        AssertErrors<MaxIntrospectionDepth>("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "Maximum introspection depth exceeded @1:3");
    }
}
