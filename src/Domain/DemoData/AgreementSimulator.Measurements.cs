using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.DemoData;

/// <summary>A figure for every reporting period of every KPI, on a straight line scaled by the KPI's performance.</summary>
internal sealed partial class AgreementSimulator
{
    private void PlanMeasurements(Timeline timeline, IReadOnlyList<KpiId> kpiIds)
    {
        for (var k = 0; k < spec.Kpis.Count; k++)
        {
            var kpi = spec.Kpis[k];
            var reporter = organisations.Id(kpi.Responsible);
            var actor = organisations.Contact(kpi.Responsible);
            for (var period = ReportingPeriod.Containing(spec.Period.Start, kpi.Frequency); period.Start <= timeline.LastDay; period = period.Next())
            {
                var label = period.ToString();
                if (spec.Twists.OfType<MissingReport>().Any(m => m.Kpi == k && m.Period == label))
                {
                    continue;
                }

                var recordedOn = period.End.AddDays(10 + random.Next(30));
                var value = Figure(kpi, period);
                var source = Source(kpi.Code);
                Add(recordedOn, new RecordMeasurement(id, kpiIds[k], period, value, Qualifier(), source, reporter), actor);
                foreach (var correction in spec.Twists.OfType<Correction>().Where(c => c.Kpi == k && c.Period == label))
                {
                    Add(recordedOn.AddDays(35), new CorrectMeasurement(id, kpiIds[k], period, value + correction.Delta, MeasurementQualifier.Measured, source, reporter),
                        actor, correction.Reason);
                }
            }
        }
    }

    /// <summary>Where the KPI would be on its straight line at the period's end, scaled by its performance, with a little noise.</summary>
    private decimal Figure(KpiSpec kpi, ReportingPeriod period)
    {
        var elapsed = FollowUp.KpiFulfilment.ExpectedProgress(spec.Period.Start, spec.Period.End, period.End);
        var noise = 1m + (decimal)(random.NextDouble() * 0.12 - 0.06);
        var value = kpi.Baseline + (kpi.Target - kpi.Baseline) * elapsed * kpi.Performance * noise;
        var (_, unit) = DanishTexts.Kpis[kpi.Code];
        var rounded = unit is "mio. kr." or "%" ? Math.Round(value, 1) : Math.Round(value);
        return Math.Max(0m, unit == "%" ? Math.Min(100m, rounded) : rounded);
    }

    private MeasurementQualifier Qualifier() => random.NextDouble() switch
    {
        < 0.7 => MeasurementQualifier.Measured,
        < 0.9 => MeasurementQualifier.Estimated,
        _ => MeasurementQualifier.Minimum,
    };

    private MeasurementSource Source(string code) => code switch
    {
        "TILFREDSHED" => MeasurementSource.Survey(20 + random.Next(130), "Deltagerevaluering efter aktiviteter"),
        "OMSAETNING" => MeasurementSource.Register("Danmarks Statistik, firmastatistik"),
        _ => MeasurementSource.SecretariatCount("Klyngesekretariatets CRM"),
    };
}
