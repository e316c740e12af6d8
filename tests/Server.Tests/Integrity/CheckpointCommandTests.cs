using System.Text.Json;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary><c>checkpoint</c> from the command line, beside a server with the demo data, as an operator would run it.</summary>
public sealed class CheckpointCommandTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly CheckpointFiles _files = new();

    [Fact]
    public async Task Checkpoint_signs_now_keeps_it_writes_it_to_the_folder_and_prints_a_document_the_public_key_verifies()
    {
        await using var server = await ServerHost.StartAsync(database, "--Demo:Agreements=1", "--Projections:RunDaemon=false");
        var output = new StringWriter();

        var code = await CheckpointCommand.RunAsync(
            [CheckpointCommand.Name, "--connection", server.ConnectionString, .. _files.Options], output, b => b.Services.AddSingleton<TimeProvider>(server.Clock));

        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var stored = Assert.Single(await TransparencyLog.ReadCheckpointsAsync(dataSource));
        var printed = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains($"Checkpoint signed: log of {stored.Size:N0} events", printed);
        Assert.Contains(_files.PublicKeyFile, printed);
        var document = printed[printed.IndexOf('{')..];
        Assert.Null(PublishedCheckpoint.Problem(document, _files.PublicKey()));
        Assert.Equal(document.Trim(), (await File.ReadAllTextAsync(Assert.Single(_files.Written()))).Trim());
    }

    [Fact]
    public async Task The_verifier_accepts_a_checkpoint_file_and_names_one_whose_size_was_changed()
    {
        await using var server = await ServerHost.StartAsync(database, "--Demo:Agreements=1", "--Projections:RunDaemon=false");
        await CheckpointCommand.RunAsync(
            [CheckpointCommand.Name, "--connection", server.ConnectionString, .. _files.Options], new StringWriter(), b => b.Services.AddSingleton<TimeProvider>(server.Clock));
        var file = Assert.Single(_files.Written());
        var published = JsonSerializer.Deserialize<PublishedCheckpoint>(await File.ReadAllTextAsync(file))!;
        var altered = Path.Combine(_files.Root, "altered.json");
        await File.WriteAllTextAsync(altered, JsonSerializer.Serialize(published with { Checkpoint = published.Checkpoint with { Size = published.Checkpoint.Size - 1 } }));

        var (code, output) = await VerifierProcess.RunAsync("checkpoint", file, "--public-key", _files.PublicKeyFile);
        var (alteredCode, alteredOutput) = await VerifierProcess.RunAsync("checkpoint", altered, "--public-key", _files.PublicKeyFile);

        Assert.True(code == 0, output);
        Assert.Contains("Valid, signed by the key you trust.", output);
        Assert.Equal(1, alteredCode);
        Assert.Contains("NOT VALID: the checkpoint's signature does not verify with the public key", alteredOutput);
    }

    [Fact]
    public async Task Help_for_checkpoint_names_the_key_file_and_the_folder()
    {
        var output = new StringWriter();

        var code = await ServerCommand.RunAsync([CheckpointCommand.Name, "--help"], output, new StringWriter());

        Assert.Equal(0, code);
        Assert.Equal(CheckpointCommand.Usage.Trim(), output.ToString().Trim());
        Assert.Contains("--Integrity:SigningKeyFile", output.ToString());
        Assert.Contains("--Integrity:CheckpointFolder", output.ToString());
    }

    public void Dispose() => _files.Dispose();
}
