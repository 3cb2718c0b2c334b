/**
 * Horizontal bar charts drawn as inline SVG for the HTML report: no scripts, no external fonts or images.
 * Labels go through htmlText, so a business name cannot become markup.
 */
import type { Chart } from './chart-data.js';
import { htmlText } from './escape.js';
import { unsureMark } from './format-value.js';

/** Layout constants in SVG user units. */
const LABEL_WIDTH = 180;
const BAR_AREA = 360;
const ROW_HEIGHT = 22;
const VALUE_WIDTH = 110;

export function svgBarChart(chart: Chart): string {
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * ROW_HEIGHT + 10;
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const rows = chart.bars.map((bar, i) => {
    const y = 5 + i * ROW_HEIGHT;
    const w = Math.max(1, Math.round((bar.value / max) * BAR_AREA));
    const label = htmlText(bar.isYou ? `${bar.label} (you)` : bar.label, 28);
    const value = Number.isInteger(bar.value) ? String(bar.value) : bar.value.toFixed(1);
    return (
      `<g class="row${bar.isYou ? ' you' : ''}${bar.unsure ? ' unsure' : ''}">` +
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${label}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${w}" height="${ROW_HEIGHT - 6}" rx="2"></rect>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 15}">${htmlText(`${value} ${chart.unit}${unsureMark(bar.unsure)}`, 26)}</text>` +
      `</g>`
    );
  });
  return (
    `<figure class="chart" data-chart="${htmlText(chart.id, 40)}">` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${htmlText(chart.title, 80)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    rows.join('') +
    `</svg></figure>`
  );
}
