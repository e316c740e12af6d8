namespace AgreementTracker.Api.Benchmarks;

/// <summary>The two measured requests, written against the SDL in schema/graphql.</summary>
internal static class Scenarios
{
    /// <summary>
    /// (a) A municipality's KPI dashboard as its page opens: the portfolio's figures and KPI health, and the first page
    /// of its KPIs, those behind the line first, with status, latest value and progress, from the flat KPI rows.
    /// </summary>
    public const string MunicipalityDashboard = """
        query MunicipalityDashboard($id: ID!) {
          organisation(id: $id) {
            name
            portfolio {
              activeAgreementCount committedTotal paidTotal outstandingTotal overdueTotal
              kpiHealth { achieved onTrack atRisk offTrack notReported }
              kpis(first: 20) {
                totalCount
                nodes {
                  code
                  name
                  status
                  latestPeriod
                  latestValue
                  progress
                  expectedProgress
                  agreement { id title }
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
