using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.Maintenance;

namespace AgreementTracker.Server.Tests.Hosting;

public sealed class CommandLineTests
{
    private static async Task<(int exitCode, string output, string errors)> Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await ServerCommand.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Help_describes_every_option_and_exits_zero()
    {
        var (exitCode, output, _) = await Run("--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--connection", "--data", "--urls", "--demo", "ConnectionStrings__AgreementTracker", "--Projections:RunDaemon" })
            Assert.Contains(option, output);
        Assert.DoesNotContain("RunRunner", output);
        Assert.Contains("only 'codegen'", output);
    }

    [Fact]
    public async Task Help_for_projections_says_what_each_action_covers()
    {
        var (exitCode, output, _) = await Run("projections", "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal(ProjectionsCommand.Usage.Trim(), output.Trim());
    }

    [Theory]
    [InlineData("--conection", "Unknown option '--conection'")]
    [InlineData("serve", "'serve' is not an option")]
    [InlineData("--data", "Option '--data' needs a value")]
    public async Task A_mistyped_command_line_is_refused_with_what_is_wrong(string argument, string expected)
    {
        var (exitCode, _, errors) = await Run(argument);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, errors);
    }

    [Fact]
    public async Task An_unreachable_database_is_named_without_its_password()
    {
        var (exitCode, _, errors) = await Run(
            "--connection", "Host=127.0.0.1;Port=1;Database=agreements;Username=at;Password=secret-word;Timeout=2", "--Database:WaitAtStart=00:00:00");

        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot reach the database at 127.0.0.1:1/agreements", errors);
        Assert.DoesNotContain("secret-word", errors);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused_with_what_is_wrong()
    {
        var (exitCode, _, errors) = await Run("--connection", "Hots=nowhere", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Contains("connection string is not valid", errors);
    }
}
