namespace AgreementTracker.Api.Benchmarks;

/// <summary>The two measured requests, written against the SDL in schema/graphql.</summary>
internal static class Scenarios
{
    /// <summary>(a) A municipality's KPI dashboard: its portfolio, each agreement with its KPIs' status, latest value and progress.</summary>
    public const string MunicipalityDashboard = """
        query MunicipalityDashboard($id: ID!) {
          organisation(id: $id) {
            name
            portfolio {
              activeAgreementCount
              kpiHealth { achieved onTrack atRisk offTrack notReported }
              agreements {
                id
                title
                status
                kpis {
                  code
                  name
                  unit
                  status
                  latest { period value }
                  progress
                  expectedProgress
                }
              }
            }
          }
        }
        """;

    /// <summary>(b) Logging a meeting held today, attended by one of the agreement's parties.</summary>
    public const string LogMeeting = """
        mutation LogMeeting($input: LogMeetingInput!) {
          logMeeting(input: $input) {
            agreement { id version }
            repeated
          }
        }
        """;

    /// <summary>One request body per municipality: the bodies are serialised before the clock runs.</summary>
    public static IReadOnlyList<byte[]> Dashboards(BenchmarkTargets targets) =>
        targets.MunicipalityIds.Select(id => GraphQLClient.Body(MunicipalityDashboard, new { id })).ToList();

    public static IReadOnlyList<byte[]> Meetings(BenchmarkTargets targets, DateOnly today) =>
        targets.Agreements.Select(a => GraphQLClient.Body(LogMeeting, new
        {
            input = new
            {
                agreementId = a.Id,
                kind = "COORDINATION",
                title = "Koordinationsmøde (belastningstest)",
                heldOn = today.ToString("yyyy-MM-dd"),
                attendees = new[] { new { name = "Belastningstest", organisationId = a.PartyId } },
                minutes = "Status på aftalens aktiviteter.",
                decisions = new[] { "Næste møde aftales pr. mail" },
            },
        })).ToList();
}
