using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Domain.Tests.Support;

namespace AgreementTracker.Domain.Tests.Common;

public class DomainEventsTests
{
    [Fact]
    public void Every_event_type_is_listed_once_with_a_unique_snake_case_name()
    {
        var eventTypes = typeof(DomainEvents).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && (typeof(IAgreementEvent).IsAssignableFrom(t) || typeof(IOrganisationEvent).IsAssignableFrom(t)))
            .ToHashSet();

        Assert.Equal(eventTypes.OrderBy(t => t.Name), DomainEvents.All.Select(e => e.Type).OrderBy(t => t.Name));
        Assert.Equal(DomainEvents.All.Count, DomainEvents.All.Select(e => e.Name).Distinct().Count());
        Assert.All(DomainEvents.All, e => Assert.Matches(new Regex("^[a-z]+(_[a-z]+)*$"), e.Name));
    }

    [Fact]
    public void The_demo_data_uses_every_event_type_and_each_survives_a_json_round_trip()
    {
        var seen = new HashSet<Type>();
        foreach (var stream in AgreementTracker.Domain.DemoData.DemoDataGenerator.NorthJutland())
        {
            foreach (var recorded in stream.Events)
            {
                var type = recorded.Data.GetType();
                seen.Add(type);
                var json = JsonSerializer.Serialize(recorded.Data, type);
                var back = JsonSerializer.Deserialize(json, type)!;
                Assert.Equal(EventJson.Describe(recorded.Data), EventJson.Describe(back));
            }
        }

        Assert.Empty(DomainEvents.All.Select(e => e.Type).Except(seen).Select(t => t.Name));
    }

    [Fact]
    public void Stored_events_hold_only_their_data()
    {
        Assert.Equal(
            "{\"AgreementId\":\"a0000000-0000-0000-0000-000000000001\",\"Title\":\"Grøn energi i Aalborg\",\"Kind\":\"ProjectAgreement\","
            + "\"Purpose\":\"Flere nordjyske SMV'er i grønne energiprojekter\",\"Period\":{\"Start\":\"2024-01-01\",\"End\":\"2026-12-31\"},"
            + "\"StrengthArea\":\"Energi\",\"TargetGroups\":[\"InnovationActiveSmes\",\"SmesNotYetInnovating\"],\"GeographicScope\":\"Aalborg Kommune\"}",
            JsonSerializer.Serialize(History.Drafted, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.DoesNotContain("ChangesNothing", JsonSerializer.Serialize(new AgreementAmendmentProposed(default, default, "x", new AmendedTerms(Title: "y"))));
    }

    [Fact]
    public void Ids_and_enums_are_stored_as_plain_text()
    {
        var json = JsonSerializer.Serialize(History.AalborgAdded);
        Assert.Equal("{\"Party\":\"00000002-0000-0000-0000-000000000000\",\"Role\":\"Coordinator\"}", json);
    }
}
