using AgreementTracker.Api;
using AgreementTracker.Api.Schema;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.Api.Tests.Schema;

public sealed class FollowUpSchemaTests
{
    [Fact]
    public void The_served_schema_is_exactly_the_contract_in_the_SDL_files()
    {
        var served = SchemaPrinter.Print(FollowUpSchema.Build());
        var contract = SchemaPrinter.Print(new GraphQL.Types.SchemaBuilder()
            .AddTypeDefinitions(string.Join("\n", SchemaDefinitionFiles.All.Select(f => f.Text)))
            .Build());

        Assert.Equal(contract, served);
    }

    [Fact]
    public void Every_domain_command_is_a_mutation_and_every_root_field_is_bound()
    {
        var schema = FollowUpSchema.Build();
        var commands = typeof(Domain.Agreements.IAgreementCommand).Assembly.GetTypes()
            .Count(t => t.IsClass && (typeof(Domain.Agreements.IAgreementCommand).IsAssignableFrom(t) || typeof(Domain.Organisations.IOrganisationCommand).IsAssignableFrom(t)));
        // Besides the domain's commands, the administrator's changes to users (which are not events).
        string[] userMutations = ["createUser", "assignUser"];

        Assert.Equal(commands + userMutations.Length, schema.MutationType!.Fields.Count);
        Assert.All(userMutations, name => Assert.Contains(schema.MutationType.Fields, f => f.Name == name));
        Assert.All(schema.MutationType.Fields.Concat(schema.QueryType.Fields), f => Assert.True(f.Resolver is not null, $"{f.Name} has no resolver"));
        Assert.All(schema.SubscriptionType!.Fields, f => Assert.True(f.Subscriber is not null, $"{f.Name} has no subscriber"));
    }

    [Fact]
    public void Every_SDL_file_in_the_schema_folder_is_embedded()
    {
        var folder = Path.Combine(RepositoryRoot(), "schema", "graphql");
        var onDisk = Directory.GetFiles(folder, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, SchemaDefinitionFiles.All.Select(f => f.Name));
        Assert.All(SchemaDefinitionFiles.All, f => Assert.Equal(File.ReadAllText(Path.Combine(folder, f.Name)), f.Text));
        Assert.All(SchemaDefinitionFiles.All, f => Parser.Parse(f.Text));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AgreementTracker.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (AgreementTracker.sln) is not above the test's folder.");
    }
}
