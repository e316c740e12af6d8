using System.Globalization;
using System.Text.Json;

namespace AgreementTracker.FaultSoak.Load;

/// <summary>
/// One client's mix, as BRN staff and municipalities use the API: municipality dashboards; meetings logged (some
/// guarded by the version the client last saw, so colleagues' changes make conflicts); co-financing committed,
/// invoiced with a due date already past (so its overdue deadline falls due during the soak) and sometimes paid;
/// agreements drafted and signed by both parties (their end's reminder falls due at once); organisations registered;
/// and a signature given again, which the domain refuses. A step that follows another is sent once that one is acknowledged.
/// </summary>
internal sealed class Workload(string run, int client, Targets targets, DateOnly today, Random random)
{
    private const string AgreementAnswer = "{ agreement { version } repeated }";

    private readonly Queue<Func<SoakRequest>> _followUps = new();
    private readonly Dictionary<string, Func<SoakRequest>> _afterAcknowledged = [];
    private readonly Dictionary<Guid, long> _versionsSeen = [];
    private int _sequence;

    public SoakRequest Next()
    {
        if (_followUps.TryDequeue(out var followUp))
            return followUp();
        return random.Next(100) switch
        {
            < 30 => Dashboard(),
            < 58 => LogMeeting(guarded: false),
            < 68 => LogMeeting(guarded: true),
            < 82 => CommitCoFinancing(),
            < 92 => DraftAgreement(),
            < 96 => RegisterOrganisation(),
            _ => SignAgain(),
        };
    }

    /// <summary>What the client learns from an acknowledgement: the stream's version, and that the next step may follow.</summary>
    public void Acknowledged(SoakRequest request, long? version)
    {
        if (request.Stream is { } stream && version is { } v)
            _versionsSeen[stream] = v;
        if (request.IdempotencyKey is { } key && _afterAcknowledged.Remove(key, out var next))
            _followUps.Enqueue(next);
    }

    private SoakRequest Dashboard() => Query("dashboard", "organisation", """
        query Dashboard($id: ID!) {
          organisation(id: $id) {
            name
            portfolio {
              activeAgreementCount committedTotal paidTotal overdueTotal
              kpiHealth { achieved onTrack atRisk offTrack notReported }
              kpis(first: 20) { totalCount nodes { name status progress latestPeriod latestValue agreement { id title } } }
            }
          }
        }
        """, new { id = Pick(targets.Municipalities) });

    private SoakRequest LogMeeting(bool guarded)
    {
        var agreement = Pick(targets.Agreements);
        var input = new Dictionary<string, object?>
        {
            ["agreementId"] = agreement.Id,
            ["title"] = "Koordinationsmøde",
            ["heldOn"] = Day(today),
            ["attendees"] = new[] { new { name = "Mette Jensen", organisationId = Pick(agreement.Parties) } },
            ["minutes"] = "Status på aktiviteter og KPI'er.",
            ["decisions"] = new[] { "Næste møde om en måned" },
        };
        if (guarded && _versionsSeen.TryGetValue(agreement.Id, out var seen))
            input["expectedVersion"] = seen;
        return Mutation(guarded ? "logMeeting (expected version)" : "logMeeting", "logMeeting", "LogMeetingInput", agreement.Id, input, AgreementAnswer);
    }

    private SoakRequest CommitCoFinancing()
    {
        var agreement = Pick(targets.Agreements);
        var (commitment, invoice) = (Guid.NewGuid(), Guid.NewGuid());
        var payer = Pick(agreement.Parties);
        // An amount of its own, so that two overdue invoices never read alike: a notification said twice is then a deadline handled twice.
        var amount = 20_000m + client + 100m * _sequence;
        var committed = Mutation("commitCoFinancing", "commitCoFinancing", "CommitCoFinancingInput", agreement.Id, new()
        {
            ["agreementId"] = agreement.Id, ["commitmentId"] = commitment, ["partyId"] = payer, ["amount"] = amount,
            ["year"] = today.Year, ["purpose"] = "Medfinansiering af virksomhedsforløb",
        }, AgreementAnswer);
        After(committed, () =>
        {
            var invoiced = Mutation("invoiceCoFinancing", "invoiceCoFinancing", "InvoiceCoFinancingInput", agreement.Id, new()
            {
                ["agreementId"] = agreement.Id, ["commitmentId"] = commitment, ["invoiceId"] = invoice, ["amount"] = amount,
                ["invoicedOn"] = Day(today.AddDays(-30)), ["dueOn"] = Day(today.AddDays(-1)),
            }, AgreementAnswer);
            if (random.Next(2) == 0)
                After(invoiced, () => Mutation("payCoFinancing", "payCoFinancing", "PayCoFinancingInput", agreement.Id, new()
                {
                    ["agreementId"] = agreement.Id, ["commitmentId"] = commitment, ["invoiceId"] = invoice, ["amount"] = amount,
                    ["paidOn"] = Day(today),
                }, AgreementAnswer));
            return invoiced;
        });
        return committed;
    }

    private SoakRequest DraftAgreement()
    {
        var agreement = Guid.NewGuid();
        var municipality = Pick(targets.Municipalities);
        var drafted = Mutation("draftAgreement", "draftAgreement", "DraftAgreementInput", agreement, new()
        {
            ["agreementId"] = agreement, ["title"] = $"Virksomhedsforløb {run[..6]}-{client}-{_sequence}", ["kind"] = "PROJECT_AGREEMENT",
            ["purpose"] = "Flere virksomheder i gang med grøn omstilling", ["start"] = Day(today.AddDays(-300)), ["end"] = Day(today.AddDays(30)),
            ["parties"] = new[] { new { organisationId = targets.BusinessRegion, role = "COORDINATOR" }, new { organisationId = municipality, role = "CO_FINANCIER" } },
        }, AgreementAnswer);
        SoakRequest Sign(Guid party) => Mutation("signAgreement", "signAgreement", "SignAgreementInput", agreement,
            new() { ["agreementId"] = agreement, ["organisationId"] = party, ["signedOn"] = Day(today) }, AgreementAnswer);
        After(drafted, () =>
        {
            var first = Sign(targets.BusinessRegion);
            After(first, () => Sign(municipality));
            return first;
        });
        return drafted;
    }

    private SoakRequest RegisterOrganisation()
    {
        var organisation = Guid.NewGuid();
        return Mutation("registerOrganisation", "registerOrganisation", "RegisterOrganisationInput", organisation, new()
        {
            ["organisationId"] = organisation, ["name"] = $"Nordjysk Virksomhed {run[..6]}-{client}-{_sequence}", ["kind"] = "OTHER",
        }, "{ organisation { id } repeated }");
    }

    /// <summary>A party signing an agreement in force again: refused by the domain, writing nothing.</summary>
    private SoakRequest SignAgain()
    {
        var agreement = Pick(targets.Agreements);
        return Mutation("signAgreement (again)", "signAgreement", "SignAgreementInput", agreement.Id,
            new() { ["agreementId"] = agreement.Id, ["organisationId"] = agreement.Parties[0], ["signedOn"] = Day(today) }, AgreementAnswer);
    }

    private void After(SoakRequest request, Func<SoakRequest> next) => _afterAcknowledged[request.IdempotencyKey!] = next;

    private SoakRequest Mutation(string operation, string field, string inputType, Guid stream, Dictionary<string, object?> input, string answer)
    {
        var (key, correlation) = NextIds();
        input["idempotencyKey"] = key;
        var query = $"mutation($input: {inputType}!) {{ {field}(input: $input) {answer} }}";
        return new SoakRequest(operation, field, Body(query, new { input }), stream, key, correlation);
    }

    private SoakRequest Query(string operation, string field, string query, object variables) =>
        new(operation, field, Body(query, variables), Stream: null, IdempotencyKey: null, NextIds().Correlation);

    private (string Key, string Correlation) NextIds()
    {
        _sequence++;
        return ($"{run}-{client}-{_sequence}", $"soak-{run}-{client}-{_sequence}");
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Body(string query, object variables) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });
}
