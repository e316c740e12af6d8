namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>One test server shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    internal TestGraphQLServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestGraphQLServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
