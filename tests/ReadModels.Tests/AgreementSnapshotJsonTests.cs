using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Agreements;

namespace AgreementTracker.ReadModels.Tests;

public sealed class AgreementSnapshotJsonTests
{
    public static TheoryData<int> DemoAgreements => new(Enumerable.Range(0, DemoDataGenerator.NorthJutlandAgreementCount));

    [Theory]
    [MemberData(nameof(DemoAgreements))]
    public void Every_demo_agreement_survives_the_round_trip_through_its_stored_json(int number)
    {
        var stream = DemoDataGenerator.NorthJutland().Where(s => s.Kind == StreamKind.Agreement).ElementAt(number);
        var state = Agreement.Fold(null, stream.Events.Select(e => e.Data))!;

        var json = AgreementStateJson.Serialize(state);
        var restored = AgreementStateJson.Deserialize(json);

        Assert.Equal(json, AgreementStateJson.Serialize(restored));
        var asOf = DemoDataGenerator.AsOf;
        Assert.Equal(state.StatusOn(asOf), restored.StatusOn(asOf));
        Assert.Equal(KpiFulfilment.AssessAll(state, asOf).Select(a => (a.Kpi, a.Status, a.Progress, a.Latest)), KpiFulfilment.AssessAll(restored, asOf).Select(a => (a.Kpi, a.Status, a.Progress, a.Latest)));
        Assert.Equal(CoFinancingLedger.ByPartyAndYear(state, asOf), CoFinancingLedger.ByPartyAndYear(restored, asOf));
        Assert.Equal(MeetingsAgainstCadence.PerYear(state, asOf), MeetingsAgainstCadence.PerYear(restored, asOf));
    }
}
