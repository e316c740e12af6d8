using System.Runtime.CompilerServices;
using AgreementTracker.Api.Audit;
using AgreementTracker.Api.Types;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Audit;
using Marten;

namespace AgreementTracker.Api.Subscriptions;

/// <summary>
/// Changes pushed as they are committed on any node: every change to one agreement since the subscription began, and KPI
/// statuses that a change moved. Each is read from the event store at the version the change reached, so it is what was committed.
/// </summary>
public static class SubscriptionResolvers
{
    public static SchemaBuilder AddSubscriptions(this SchemaBuilder builder) => builder
        .AddSubscription("Subscription", "agreementChanged", AgreementChangedAsync)
        .AddSubscription("Subscription", "kpiStatusChanged", KpiStatusChangedAsync);

    private sealed record AgreementChangeView(AgreementView Agreement, AuditEntry Entry);

    private sealed record KpiStatusChangeView(AgreementView Agreement, KpiView Kpi, KpiStatus? PreviousStatus, KpiStatus Status);

    private static async IAsyncEnumerable<AgreementChangeView> AgreementChangedAsync(ResolveFieldContext ctx)
    {
        var id = Arguments.Id(ctx, "id");
        var access = ApiCaller.Of(ctx).Access;
        var (store, clock, trail) = (ctx.GetService<IDocumentStore>(), ctx.GetService<TimeProvider>(), ctx.GetService<AuditTrail>());
        // PostgreSQL may still be delivering the news of a change committed before the subscription began; it is not new
        // to this subscriber, who reads the agreement as it is now.
        long subscribedAt;
        await using (var start = store.QuerySession())
            subscribedAt = (await start.Events.FetchStreamStateAsync(id, ctx.CancellationToken))?.Version ?? 0;
        await foreach (var change in ctx.GetService<ChangeFeed>().SubscribeAsync(ctx.CancellationToken))
        {
            if (change.StreamId != id || change.ToVersion <= subscribedAt)
                continue;
            await using var session = store.QuerySession();
            var events = await session.Events.FetchStreamAsync(id, version: change.ToVersion, token: ctx.CancellationToken);
            var state = Agreement.Fold(null, events.Select(e => e.Data))!;
            if (!access.Sees(state))
                continue;
            var entries = await trail.EntriesAsync(events, change.FromVersion, ctx.CancellationToken);
            yield return new AgreementChangeView(new AgreementView(state, change.ToVersion, Today.On(clock)), entries[^1]);
        }
    }

    private static async IAsyncEnumerable<KpiStatusChangeView> KpiStatusChangedAsync(ResolveFieldContext ctx)
    {
        var organisation = Arguments.OptionalId(ctx, "organisationId");
        var access = ApiCaller.Of(ctx).Access;
        var (store, clock) = (ctx.GetService<IDocumentStore>(), ctx.GetService<TimeProvider>());
        await foreach (var change in ctx.GetService<ChangeFeed>().SubscribeAsync(ctx.CancellationToken))
        {
            await using var session = store.QuerySession();
            var events = await session.Events.FetchStreamAsync(change.StreamId, version: change.ToVersion, token: ctx.CancellationToken);
            if (events.Count == 0 || events[0].Data is not IAgreementEvent)
                continue;
            var before = Agreement.Fold(null, events.Where(e => e.Version < change.FromVersion).Select(e => e.Data));
            var after = Agreement.Fold(before, events.Where(e => e.Version >= change.FromVersion).Select(e => e.Data))!;
            if ((organisation is { } party && after.Party(new(party)) is null) || !access.Sees(after))
                continue;
            var today = Today.On(clock);
            var view = new AgreementView(after, change.ToVersion, today);
            foreach (var (kpi, assessment, previous) in MovedStatuses(before, after, today))
                yield return new KpiStatusChangeView(view, new KpiView(kpi, assessment, after), previous, assessment.Status);
        }
    }

    /// <summary>KPIs whose status differs after the change (a new KPI has no previous status).</summary>
    private static IEnumerable<(KpiState Kpi, KpiAssessment Assessment, KpiStatus? Previous)> MovedStatuses(AgreementState? before, AgreementState after, DateOnly today)
    {
        var previousStatuses = before is null
            ? []
            : before.Kpis.Zip(KpiAssessments.Of(before, today), (kpi, assessment) => (kpi.Id, assessment.Status)).ToDictionary();
        foreach (var (kpi, assessment) in after.Kpis.Zip(KpiAssessments.Of(after, today)))
        {
            KpiStatus? previous = previousStatuses.TryGetValue(kpi.Id, out var status) ? status : null;
            if (previous != assessment.Status)
                yield return (kpi, assessment, previous);
        }
    }
}
