import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip } from 'chart.js';
import { figure } from '../format/danish';
import type { KpiFigures } from './KpiChart';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);
Chart.defaults.font.family = "'IBM Plex Sans', Arial, sans-serif";

/** DKFDS's primary blue, a dark grey, and an orange that differ in line and point style too, not in colour alone. */
const measured = '#0059b3';
const line = '#454545';
const original = '#b34700';

export function drawKpiChart(canvas: HTMLCanvasElement, kpi: KpiFigures, originals: Map<string, number>) {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: kpi.series.map((p) => p.period),
      datasets: [
        { label: 'Målt (med rettelser)', data: kpi.series.map((p) => p.value), borderColor: measured, backgroundColor: measured, pointStyle: 'circle', pointRadius: 4 },
        { label: 'Forventet: lige linje til målet', data: kpi.series.map((p) => p.expected), borderColor: line, backgroundColor: line, borderDash: [6, 4], pointStyle: 'line' },
        {
          type: 'scatter',
          label: 'Oprindeligt tal før rettelse',
          data: kpi.series.map((p) => originals.get(p.period) ?? null),
          borderColor: original,
          backgroundColor: original,
          pointStyle: 'triangle',
          pointRadius: 6,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      locale: 'da-DK',
      plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${figure(item.parsed.y ?? 0)} ${kpi.unit}` } } },
      scales: { y: { title: { display: true, text: kpi.unit } } },
    },
  });
}
