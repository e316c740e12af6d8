using AgreementTracker.FaultSoak.Load;

namespace AgreementTracker.FaultSoak.Proofs;

/// <summary>
/// Every mutation the clients sent, held against the database: an acknowledged one has its receipt and exactly the
/// events the receipt names, under its correlation id, and no others (else lost, or duplicated); a refused one or a
/// conflict wrote nothing; one given up wrote once or not at all. A key sent several times wrote at most once.
/// </summary>
internal sealed record ExactlyOnce(long Checked, long Lost, long Duplicated, long GivenUpWritten, long GivenUpNotWritten, IReadOnlyList<string> Problems)
{
    private const int ProblemsShown = 20;

    public static ExactlyOnce Check(IEnumerable<Outcome> outcomes, StoredWrites stored, string actor)
    {
        long count = 0, lost = 0, duplicated = 0, givenUpWritten = 0, givenUpNotWritten = 0;
        var problems = new List<string>();
        void Problem(string text)
        {
            if (problems.Count < ProblemsShown)
                problems.Add(text);
        }
        foreach (var outcome in outcomes.Where(o => o.Request.IsMutation))
        {
            count++;
            var request = outcome.Request;
            var receipt = stored.ReceiptOf(actor, request.IdempotencyKey!);
            var runs = stored.WrittenBy(request.CorrelationId);
            var once = receipt is not null && runs.Count == 0 && receipt.Version == receipt.PreviousVersion
                || receipt is not null && runs is [var run] && run.StreamId == receipt.StreamId && run.StreamId == request.Stream
                && run.FirstVersion == receipt.PreviousVersion + 1 && run.LastVersion == receipt.Version && run.Count == receipt.Version - receipt.PreviousVersion;
            var nothing = receipt is null && runs.Count == 0;
            var written = runs.Sum(r => r.Count);
            var expected = receipt is null ? 0 : receipt.Version - receipt.PreviousVersion;
            switch (outcome.Final.Kind)
            {
                case AnswerKind.Acknowledged when once && (outcome.Final.Version is null || outcome.Final.Version == receipt!.Version):
                    break;
                case AnswerKind.Acknowledged when written > expected || runs.Count > 1:
                    duplicated++;
                    Problem($"{request.Operation} key {request.IdempotencyKey}: acknowledged, {written} events under its correlation id in {runs.Count} run(s), the receipt names {expected}");
                    break;
                case AnswerKind.Acknowledged:
                    lost++;
                    Problem($"{request.Operation} key {request.IdempotencyKey}: acknowledged (version {outcome.Final.Version}), " +
                            $"receipt {(receipt is null ? "missing" : $"{receipt.PreviousVersion}->{receipt.Version}")}, {written} events stored");
                    break;
                case AnswerKind.Refused or AnswerKind.Conflict when !nothing:
                    duplicated++;
                    Problem($"{request.Operation} key {request.IdempotencyKey}: answered {outcome.Final.Kind} ({outcome.Final.Failure}) yet {written} events and {(receipt is null ? "no" : "a")} receipt stored");
                    break;
                case AnswerKind.Lost when once:
                    givenUpWritten++;
                    break;
                case AnswerKind.Lost when nothing:
                    givenUpNotWritten++;
                    break;
                case AnswerKind.Lost:
                    duplicated++;
                    Problem($"{request.Operation} key {request.IdempotencyKey}: given up, {written} events in {runs.Count} run(s), the receipt names {expected}");
                    break;
            }
        }
        return new ExactlyOnce(count, lost, duplicated, givenUpWritten, givenUpNotWritten, problems);
    }
}
