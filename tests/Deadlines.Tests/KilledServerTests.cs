using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using Xunit.Abstractions;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// A deadline is a row in PostgreSQL, not a timer in a process: the server killed with SIGKILL while a deadline waits,
/// the next server started on the database handles it when it falls due, once.
/// </summary>
public sealed class KilledServerTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_deadline_waiting_when_its_server_is_killed_with_SIGKILL_is_handled_once_by_the_next_server()
    {
        // The server processes run on the system clock, so the agreement is dated by it: its end's reminder is due in ten days.
        var today = DeadlineCalendar.Today(TimeProvider.System);
        var end = today.AddDays(DeadlineSchedule.EndingWarningDays + 10);
        string agreement;
        await using (var first = await ServerProcess.StartAsync(fixture.ConnectionString))
        {
            agreement = await SignedAgreementAsync(first, today, end);
            await first.KillAsync();
        }
        var reminder = await fixture.DataSource.ScalarAsync<Guid>(
            $"SELECT id FROM {DeadlineWorld.Inbox} WHERE message_type = '{AgreementEnding.MessageKind}' AND status = 'Scheduled'");
        Assert.Empty(await ReaderNotificationsAsync());

        // Its day comes while no server runs: by the wall clock Wolverine goes by, it is due in a few seconds.
        await fixture.DataSource.ExecuteAsync($"UPDATE {DeadlineWorld.Inbox} SET execution_time = now() + interval '3 seconds' WHERE id = $1", reminder);
        await using var second = await ServerProcess.StartAsync(fixture.ConnectionString);
        await DeadlineWorld.UntilAsync(async () => (await ReaderNotificationsAsync()).Count > 0);

        var notification = Assert.Single(await ReaderNotificationsAsync());
        output.WriteLine(notification.Message);
        Assert.Equal(reminder, notification.Id);
        Assert.Equal(Guid.Parse(agreement), notification.AgreementId.Value);
        Assert.Equal(NotificationKinds.AgreementEnding, notification.Kind);
        Assert.Equal("Handled", await fixture.DataSource.ScalarAsync<string>($"SELECT status FROM {DeadlineWorld.Inbox} WHERE id = $1", reminder));
    }

    /// <summary>BRN and Aalborg Kommune registered, and an agreement between them drafted and signed by both today.</summary>
    private async Task<string> SignedAgreementAsync(ServerProcess server, DateOnly today, DateOnly end)
    {
        async Task<string> CreateAsync(string field, string mutation, object variables)
        {
            var response = await server.GraphQLAsync(mutation, variables);
            Assert.True(response.Errors.Count == 0 && response.StatusCode == 200, $"{response.Body}{Environment.NewLine}{server.Output}");
            return response.String($"{field}.createdId")!;
        }
        const string register = "mutation($name: String!, $kind: OrganisationKind!) { registerOrganisation(input: { name: $name, kind: $kind }) { createdId } }";
        var brn = await CreateAsync("registerOrganisation", register, new { name = "Business Region North Denmark", kind = "BUSINESS_REGION" });
        var aalborg = await CreateAsync("registerOrganisation", register, new { name = "Aalborg Kommune", kind = "MUNICIPALITY" });
        var agreement = await CreateAsync("draftAgreement", """
            mutation($start: Date!, $end: Date!, $brn: ID!, $aalborg: ID!) {
              draftAgreement(input: {
                title: "Energi i Nordjylland", kind: FRAMEWORK_AGREEMENT, purpose: "Fælles indsats for grøn energi", start: $start, end: $end,
                parties: [{ organisationId: $brn, role: COORDINATOR }, { organisationId: $aalborg, role: CO_FINANCIER }]
              }) { createdId }
            }
            """, new { start = today, end, brn, aalborg });
        foreach (var party in new[] { brn, aalborg })
        {
            var signed = await server.GraphQLAsync("""
                mutation($agreement: ID!, $party: ID!, $on: Date!) { signAgreement(input: { agreementId: $agreement, organisationId: $party, signedOn: $on }) { repeated } }
                """, new { agreement, party, on = today });
            Assert.True(signed.Errors.Count == 0, $"{signed.Body}{Environment.NewLine}{server.Output}");
        }
        return agreement;
    }

    private Task<IReadOnlyList<Notification>> ReaderNotificationsAsync() => new NotificationReader(fixture.DataSource).LatestAsync(NotificationReader.MaxLimit);
}
