using System.Text.Json.Nodes;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>Changes pushed over WebSocket as they are committed: to one agreement, and to the KPI statuses of an organisation's agreements.</summary>
public sealed class SubscriptionScenarioTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_subscriber_to_an_agreement_hears_each_committed_change_with_its_audit_entry_and_a_municipality_hears_its_kpi_status_move()
    {
        await using var host = await ServerHost.StartAsync(database);
        var staff = StaffActions.ForNextStory(host);
        var story = staff.Story;
        var (aalborg, cluster, agreement) = await staff.SignedAgreementAsync();
        var kpi = await staff.DefineKpiAsync(agreement, cluster);

        await using var socket = await host.ConnectWebSocketAsync();
        await socket.SubscribeAsync("changes", """
            subscription($id: ID!) { agreementChanged(id: $id) { agreement { version } entry { event actor summary } } }
            """, new { id = agreement });
        await socket.SubscribeAsync("kpis", """
            subscription($org: ID!) { kpiStatusChanged(organisationId: $org) { kpi { name } previousStatus status } }
            """, new { org = aalborg });
        await host.WhenSubscribedAsync(subscribers: 2);

        host.MoveClockTo(story.FirstQuarter.End.AddDays(8), hour: 9);
        await staff.MeasureAsync("recordMeasurement", agreement, kpi, cluster, "60", reason: null);

        var messages = new Dictionary<string, JsonNode>();
        while (messages.Count < 2)
        {
            var message = (await socket.ReceiveAsync())!;
            var data = message["payload"]!["data"]!;
            // The KPI's definition moved its status too (from none); its news may reach the feed after the subscription began.
            if ((string)message["id"]! == "kpis" && data["kpiStatusChanged"]!["previousStatus"] is null)
                continue;
            messages.Add((string)message["id"]!, data);
        }
        var change = messages["changes"]["agreementChanged"]!;
        Assert.Equal(7, (int)change["agreement"]!["version"]!);
        Assert.Equal("MeasurementRecorded", (string?)change["entry"]!["event"]);
        Assert.Equal(TestUsers.Coordinator.DisplayName, (string?)change["entry"]!["actor"]);
        var moved = messages["kpis"]["kpiStatusChanged"]!;
        Assert.Equal("Virksomheder i grøn omstilling", (string?)moved["kpi"]!["name"]);
        Assert.Equal("ACHIEVED", (string?)moved["status"]);
    }
}
