using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Properties;

public class MeasurementProperties
{
    private static readonly string[] Quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"];

    private static Gen<IAgreementCommand> Commands =>
        from period in Gen.Elements(Quarters)
        from value in Gen.Choose(0, 200)
        from correct in Gen.Elements(true, false)
        select correct
            ? (IAgreementCommand)new CorrectMeasurement(History.AgreementId, UniqueCompaniesKpiId, ReportingPeriod.Parse(period), value, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), EnergyCluster)
            : new RecordMeasurement(History.AgreementId, UniqueCompaniesKpiId, ReportingPeriod.Parse(period), value, MeasurementQualifier.Estimated, MeasurementSource.SecretariatCount(), EnergyCluster);

    [Fact]
    public void A_correction_never_changes_the_count_of_recorded_measurements() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.ListOf(Commands).ToArbitrary(), commands =>
        {
            var state = Agreement.Fold(null, SignedWithKpi)!;
            foreach (var command in commands)
            {
                var before = state.Kpis.Single();
                var result = Agreement.Decide(state, command, TestOrganisations.On(Defaults.Today));
                if (!result.IsSuccess)
                {
                    continue;
                }

                state = Agreement.Fold(state, result.Value)!;
                var after = state.Kpis.Single();
                var expectedCount = command is CorrectMeasurement ? before.RecordedCount : before.RecordedCount + 1;
                if (after.RecordedCount != expectedCount || after.History.Count != before.History.Count + 1)
                {
                    return false;
                }
            }

            return true;
        }));

    [Fact]
    public void The_current_figure_is_always_the_last_one_given_for_the_period() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.ListOf(Commands).ToArbitrary(), commands =>
        {
            var state = Agreement.Fold(null, SignedWithKpi)!;
            var last = new Dictionary<ReportingPeriod, decimal>();
            foreach (var command in commands)
            {
                var result = Agreement.Decide(state, command, TestOrganisations.On(Defaults.Today));
                if (result.IsSuccess)
                {
                    state = Agreement.Fold(state, result.Value)!;
                    var (period, value) = command switch
                    {
                        RecordMeasurement r => (r.Period, r.Value),
                        CorrectMeasurement c => (c.Period, c.Value),
                        _ => throw new InvalidOperationException(),
                    };
                    last[period] = value;
                }
            }

            var kpi = state.Kpis.Single();
            return last.All(p => kpi.CurrentFor(p.Key)!.Value == p.Value) && kpi.CurrentMeasurements().Count == last.Count;
        }));
}
