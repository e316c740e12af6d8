using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.FollowUp;
using static AgreementTracker.Api.Tests.Queries.AgreementQueryTests;

namespace AgreementTracker.Api.Tests.Queries;

public sealed class WholeAgreementQueryTests(DemoQueryDatabase demo) : IClassFixture<DemoQueryDatabase>
{
    private const string EveryField = """
        {
          agreements(first: 13) {
            nodes {
              id title kind purpose status period { start end } strengthArea targetGroups geographicScope version expiredOn
              parties { organisation { name } role signedOn }
              termination { terminatedBy { name } effectiveDate }
              goals { id description kind horizon }
              kpis {
                id code name unit direction baseline target targetDate reportingFrequency geography definedOn
                responsibleParty { name } goal { description }
                status trend progress expectedProgress expectedAtLatest missingPeriods
                latest { period value qualifier isCorrection correctsValue }
                series { period value qualifier }
                history { period value qualifier isCorrection correctsValue reportedBy { name } source { kind respondents description } }
              }
              kpiHealth { achieved onTrack atRisk offTrack notReported }
              meetingCadence { meetingsPerYear effectiveFrom }
              meetings { id kind title status date heldOn minutes decisions attendees { name organisation { name } } actionItems { id description responsible { name } dueOn completedOn } }
              nextMeeting { title date }
              meetingCompliance { year due held cancelled upcoming shortfall compliant }
              coFinancing {
                committed invoiced paid outstanding overdue
                lines { party { name } year committed invoiced paid outstanding overdue }
                commitments { id party { name } amount year purpose form status invoiced paid invoices { id amount invoicedOn dueOn paid outstanding overdue } }
              }
              actionPlans { id year title focusAreas adoptedOn activities { id title plannedFor responsible { name } completedOn participants uniqueCompanies companiesUnder50Employees } }
              activityReach { year planned completed participants uniqueCompanies companiesUnder50Employees }
              evaluations { id kind evaluatedOn summary recommendations }
              amendments { id proposedBy { name } summary changes { title purpose strengthArea geographicScope targetGroups } acceptedBy { name } inEffect rejectedBy { name } }
            }
          }
        }
        """;

    [Fact]
    public async Task Every_field_of_every_demo_agreement_resolves_and_the_kpi_statuses_are_the_domains()
    {
        var nodes = Data(await demo.QueryAsync(EveryField)).GetProperty("agreements").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(13, nodes.Count);
        var states = DemoDataGenerator.NorthJutland().Where(s => s.Kind == StreamKind.Agreement)
            .Select(s => Agreement.Fold(null, s.Events.Select(e => e.Data))!)
            .ToDictionary(a => a.Id.Value.ToString());
        foreach (var node in nodes)
        {
            var state = states[node.GetProperty("id").GetString()!];
            var expected = KpiFulfilment.AssessAll(state, demo.Today).Select(a => Wire(a.Status.ToString()));
            Assert.Equal(expected, node.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("status").GetString()));
            Assert.Equal(Wire(state.StatusOn(demo.Today).ToString()), node.GetProperty("status").GetString());
        }
        Assert.Contains(nodes, n => n.GetProperty("kpis").EnumerateArray().Any(k => k.GetProperty("history").EnumerateArray().Any(m => m.GetProperty("isCorrection").GetBoolean())));
    }

    /// <summary>The contract's spelling of a domain enum member: InForce is IN_FORCE.</summary>
    private static string Wire(string member) =>
        string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
