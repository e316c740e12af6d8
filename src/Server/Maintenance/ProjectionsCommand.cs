using AgreementTracker.Server.Hosting;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>
/// <c>projections list | rebuild &lt;name|all&gt; | check [name|all]</c>: Marten's projections of the database the server
/// would use, worked on from this process beside the running servers (<see cref="Usage"/> says what a rebuild asks of
/// them). A check that finds a difference exits with code 2.
/// </summary>
public static class ProjectionsCommand
{
    public const string Name = "projections";

    public const string Usage = """
        Usage: AgreementTracker.Server projections <action> [options]

        Actions:
          list               Every projection, inline or async, with the async ones' lag.
          rebuild <name|all> Marten's rebuild from the first event, with its progress and figures; 'all'
                             rebuilds every projection side by side.
                             async (audit_timeline): while the servers take changes, as long as none of them runs
                               Marten's daemon (--Projections:RunDaemon=false); refused while one does.
                             inline (agreement, organisation, organisation_directory): Marten empties the projection
                               and writes it again, so only while no server runs on the database (refused while one
                               does: a server appends with nobody using it, as agreements past their end expire). A
                               server started during the rebuild waits for it.
                             After 'agreement' the follow-up tables are rewritten from the rebuilt documents, since
                             Marten raises no side effects in a rebuild.
          check [name|all]   Rebuild into scratch and compare with what is live (default: all); nothing live is
                             written, except that the follow-up is first re-assessed on today. Exit code 2 when a
                             projection differs. What is compared:
                               agreement, organisation  every stream folded by Marten against its stored document;
                                                        for agreement also the six follow-up tables, written from
                                                        those folds into scratch copies
                               organisation_directory   the directory replayed from the organisation events
                               audit_timeline           the timeline and its state tables, replayed up to the
                                                        event the daemon has reached

        Options are the server's (--connection, --data, --Section:Key=value); see --help.
        """;

    /// <param name="configure">Adjusts the server's builder, as in <see cref="ServerApp.BuildAsync"/> (tests: the clock).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter errors, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var (action, target, serverArgs) = Parse(args);
        await using var app = await ServerApp.OpenForCommandAsync(serverArgs, configure, ct);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var projections = ProjectionNames.Of(store);
        try
        {
            var chosen = projections.Choose(target);
            return action switch
            {
                "list" => await ProjectionList.WriteAsync(store, dataSource, clock, app.Configuration, output, ct),
                "rebuild" => await ProjectionRebuild.RunAsync(store, dataSource, chosen, clock, output, ct),
                _ => await ProjectionCheck.RunAsync(store, dataSource, chosen, clock, output, ct),
            };
        }
        catch (Exception e) when (e is UnknownProjectionException or ProjectionBusyException)
        {
            await errors.WriteLineAsync($"projections {action}: {e.Message}");
            return 1;
        }
    }

    private static (string Action, string? Target, string[] ServerArgs) Parse(string[] args)
    {
        var rest = args.Skip(1).ToList();
        var action = rest.FirstOrDefault();
        if (action is not ("list" or "rebuild" or "check"))
            throw new CommandLineException($"'{Name}' needs an action: list, rebuild or check.\n\n{Usage}");
        rest.RemoveAt(0);
        var target = rest.FirstOrDefault() is { } first && !first.StartsWith("--", StringComparison.Ordinal) ? first : null;
        if (target is not null)
            rest.RemoveAt(0);
        if (action == "rebuild" && target is null)
            throw new CommandLineException("Which projection should be rebuilt? Give its name or 'all' (see 'projections list').");
        return (action, target, rest.ToArray());
    }
}
