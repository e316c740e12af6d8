using AgreementTracker.Api.Types;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Notifications;

/// <summary><c>notifications</c>: what the deadlines wrote, for an organisation, an agreement, or everyone.</summary>
internal static class NotificationResolvers
{
    public static SchemaBuilder AddNotifications(this SchemaBuilder builder) => builder
        .AddResolverAsync("Query", "notifications", async ctx =>
        {
            var reader = ctx.GetService<NotificationReader>();
            var first = ctx.GetArgument("first", 50);
            if (first is < 1 or > NotificationReader.MaxLimit)
                throw Arguments.BadInput("first", $"first must be between 1 and {NotificationReader.MaxLimit}.");
            var access = ApiCaller.Of(ctx).Access;
            return (Arguments.OptionalId(ctx, "organisationId"), Arguments.OptionalId(ctx, "agreementId")) switch
            {
                (null, null) when access.ReadsEverything => await reader.LatestAsync(first, ctx.CancellationToken),
                (null, null) => access.MemberOf is { } own ? await reader.ForOrganisationAsync(own, first, ctx.CancellationToken) : [],
                ({ } organisation, null) => access.FollowsUpOn(new OrganisationId(organisation))
                    ? await reader.ForOrganisationAsync(new OrganisationId(organisation), first, ctx.CancellationToken)
                    : throw ApiCaller.Forbidden("Du kan kun se meddelelser til din egen organisation."),
                (null, { } agreement) => await Loaders.SeesAgreementAsync(ctx, agreement)
                    ? await reader.ForAgreementAsync(new AgreementId(agreement), first, ctx.CancellationToken)
                    : [],
                _ => throw Arguments.BadInput("agreementId", "Give an organisation or an agreement, not both."),
            };
        })
        .AddResolver("Notification", "kind", ctx => ((Notification)ctx.Source!).Kind.ToUpperInvariant())
        .AddResolverAsync("Notification", "agreement", ctx => Loaders.AgreementAsync(ctx, ((Notification)ctx.Source!).AgreementId.Value))
        .AddResolverAsync("Notification", "organisations", ctx => Loaders.OrganisationsAsync(ctx, ((Notification)ctx.Source!).Organisations));
}
