import { useEffect, useRef } from 'preact/hooks';
import { figure } from '../format/danish';

export type KpiFigures = {
  name: string;
  unit: string;
  series: { period: string; value: number; expected: number }[];
  history: { period: string; value: number; isCorrection: boolean; correctsValue?: number | null }[];
};

/**
 * A KPI's measurements against the straight line from baseline to target, with each corrected figure's original
 * beside it, and the same figures in a table for those who do not read the chart. Chart.js is loaded with the first chart.
 */
export function KpiChart({ kpi, id }: { kpi: KpiFigures; id: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const originals = new Map(kpi.history.filter((m) => m.isCorrection && m.correctsValue != null).map((m) => [m.period, m.correctsValue!]));
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let current = true;
    void import('./chartSetup').then(({ drawKpiChart }) => {
      if (current && canvas.current)
        chart = drawKpiChart(canvas.current, kpi, originals);
    });
    return () => {
      current = false;
      chart?.destroy();
    };
  }, [kpi]);
  return (
    <div class="kpi-chart">
      <div class="kpi-chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`Graf over ${kpi.name}: målte tal mod den lige linje til målet. Tallene står i tabellen.`} />
      </div>
      <div class="table--responsive-scroll" tabIndex={0} role="region" aria-label={`Tal for ${kpi.name}`}>
        <table class="table table--compact" id={id}>
          <caption class="sr-only">Tal for {kpi.name}</caption>
          <thead><tr><th scope="col">Periode</th><th scope="col" class="numeric">Målt</th><th scope="col" class="numeric">Forventet</th><th scope="col">Rettelse</th></tr></thead>
          <tbody>
            {kpi.series.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td class="numeric">{figure(p.value)} {kpi.unit}</td>
                <td class="numeric">{figure(p.expected)} {kpi.unit}</td>
                <td>{originals.has(p.period) ? `Rettet fra ${figure(originals.get(p.period)!)} ${kpi.unit}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
