using AgreementTracker.Api.Audit;
using AgreementTracker.Api.Types;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using Marten;

namespace AgreementTracker.Api.TimeTravel;

/// <summary>The auditor's questions about the past: an agreement as of a date or moment, and what changed between two dates.</summary>
internal static class TimeTravelResolvers
{
    public static SchemaBuilder AddTimeTravel(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "agreementAsOf", async ctx =>
        {
            var clock = ctx.GetService<TimeProvider>();
            var (moment, date) = MomentOf(ctx, clock);
            if (!await Loaders.SeesAgreementAsync(ctx, AgreementIdOf(ctx)))
                return null;
            await using var session = ctx.GetService<IDocumentStore>().QuerySession();
            var past = await AgreementHistory.AtAsync(session, AgreementIdOf(ctx), moment, ctx.CancellationToken);
            return past is null ? null : new AgreementView(past.State, past.Version, date);
        })
        .AddResolverAsync("Query", "agreementChanges", async ctx =>
        {
            var (from, to) = (ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"));
            if (from > to)
                throw Arguments.BadInput("to", $"The period ends ({to:dd-MM-yyyy}) before it begins ({from:dd-MM-yyyy}).");
            var (clock, id) = (ctx.GetService<TimeProvider>(), AgreementIdOf(ctx));
            if (!await Loaders.SeesAgreementAsync(ctx, id))
                return null;
            await using var session = ctx.GetService<IDocumentStore>().QuerySession();
            var after = await AgreementHistory.AtAsync(session, id, AgreementHistory.EndOf(to, clock), ctx.CancellationToken);
            if (after is null)
                return null;
            var before = await AgreementHistory.AtAsync(session, id, AgreementHistory.EndOf(from, clock), ctx.CancellationToken);
            var names = await ctx.GetService<OrganisationReader>().NamesAsync(ctx.CancellationToken);
            return new AgreementChangesView(
                from, to,
                AgreementChanges.Between(before?.State, after.State, o => names.GetValueOrDefault(o)),
                await ctx.GetService<AuditTrail>().EntriesAsync(after.Events, (before?.Version ?? 0) + 1, ctx.CancellationToken));
        });

    private sealed record AgreementChangesView(DateOnly From, DateOnly To, IReadOnlyList<FieldChange> Changes, IReadOnlyList<AuditEntry> Events);

    private static (DateTimeOffset Moment, DateOnly Date) MomentOf(ResolveFieldContext ctx, TimeProvider clock) =>
        (ctx.GetArgument<DateOnly?>("date"), ctx.GetArgument<DateTimeOffset?>("at")) switch
        {
            ({ } date, null) => (AgreementHistory.EndOf(date, clock), date),
            (null, { } at) => (at, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).DateTime)),
            _ => throw Arguments.BadInput("date", "Give either a date or an exact time (at), not both and not neither."),
        };

    private static Guid AgreementIdOf(ResolveFieldContext ctx) => Arguments.Id(ctx, "id");
}
