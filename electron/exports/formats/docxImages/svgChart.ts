import type { ChartSection } from '../../../../shared/reports/document';
import { chartMax, niceTicks, seriesColor, valueText } from '../pdf/axes';
import { COLOR, CONTENT_WIDTH } from '../pdf/style';
import { esc, textWidth, type Svg } from './svgText';

/**
 * A chart as an SVG picture for the DOCX, with the PDF's geometry: the same ticks, colours,
 * value labels and legend, in points (the page width of the PDF's text column).
 */

const WIDTH = CONTENT_WIDTH;
const PLOT_HEIGHT = 180;
const FONT = "font-family='DejaVu Sans'";

function text(x: number, y: number, value: string, size: number, fill: string, anchor = 'start') {
  return `<text x='${x.toFixed(1)}' y='${y.toFixed(1)}' font-size='${size}' fill='${fill}' text-anchor='${anchor}' ${FONT}>${esc(value)}</text>`;
}

/** The legend on the right, the axis' name on the left; returns the parts and the height used. */
function legend(chart: ChartSection, axisName: string): { parts: string[]; height: number } {
  const parts = [text(0, 8, axisName, 7.5, COLOR.muted)];
  let cursor = WIDTH;
  for (let s = chart.series.length - 1; s >= 0; s--) {
    const label = chart.series[s]?.label ?? '';
    cursor -= textWidth(label, 7.5) + 16;
    parts.push(
      `<rect x='${cursor.toFixed(1)}' y='1' width='9' height='9' fill='${seriesColor(s)}'/>`,
    );
    parts.push(text(cursor + 12, 8.5, label, 7.5, COLOR.ink));
  }
  return { parts, height: 14 };
}

function columnsOrLines(chart: ChartSection, lang: string): Svg {
  const ticks = niceTicks(chartMax(chart));
  const max = ticks.at(-1) ?? 1;
  const compact = max >= 100_000;
  const head = legend(chart, chart.valueLabel);
  const parts = [...head.parts];
  const top = head.height + 6;
  const left = Math.max(...ticks.map((t) => textWidth(valueText(t, lang, compact), 7))) + 8;
  const right = WIDTH;
  const bottom = top + PLOT_HEIGHT;
  for (const tick of ticks) {
    const y = bottom - (tick / max) * (bottom - top);
    parts.push(
      `<line x1='${left}' y1='${y.toFixed(1)}' x2='${right}' y2='${y.toFixed(1)}' stroke='${COLOR.grid}' stroke-width='0.5'/>`,
    );
    parts.push(text(left - 4, y + 2.5, valueText(tick, lang, compact), 7, COLOR.muted, 'end'));
  }
  const count = chart.categories.length;
  const band = (right - left) / Math.max(1, count);
  const yOf = (value: number) => bottom - (Math.max(0, value) / max) * (bottom - top);
  if (chart.chart === 'bar') {
    const group = band * 0.78;
    const bar = group / Math.max(1, chart.series.length);
    chart.series.forEach((series, s) => {
      series.values.forEach((value, i) => {
        const bx = left + i * band + (band - group) / 2 + s * bar;
        const by = yOf(value);
        if (bottom - by > 0)
          parts.push(
            `<rect x='${(bx + 0.4).toFixed(1)}' y='${by.toFixed(1)}' width='${Math.max(0.6, bar - 0.8).toFixed(1)}' height='${(bottom - by).toFixed(1)}' fill='${seriesColor(s)}'/>`,
          );
        const label = valueText(value, lang, compact);
        if (value > 0 && textWidth(label, 6.5) <= bar + 2)
          parts.push(text(bx + bar / 2, by - 2.5, label, 6.5, COLOR.ink, 'middle'));
      });
    });
  } else {
    const labelled = count * chart.series.length <= 30;
    chart.series.forEach((series, s) => {
      const color = seriesColor(s);
      const points = series.values.map((value, i) => [left + (i + 0.5) * band, yOf(value)]);
      if (points.length > 1)
        parts.push(
          `<polyline points='${points.map(([px, py]) => `${px?.toFixed(1)},${py?.toFixed(1)}`).join(' ')}' fill='none' stroke='${color}' stroke-width='1.6' stroke-linejoin='round'/>`,
        );
      points.forEach(([px = 0, py = 0], i) => {
        parts.push(`<circle cx='${px.toFixed(1)}' cy='${py.toFixed(1)}' r='2.2' fill='${color}'/>`);
        if (labelled)
          parts.push(
            text(
              px,
              py - 4,
              valueText(series.values[i] ?? 0, lang, compact),
              6.5,
              COLOR.ink,
              'middle',
            ),
          );
      });
    });
  }
  parts.push(
    `<line x1='${left}' y1='${bottom}' x2='${right}' y2='${bottom}' stroke='${COLOR.faint}' stroke-width='0.8'/>`,
  );
  // Category names under their band, shortened when the band is narrow.
  const fit = (name: string) => {
    let out = name;
    while (out.length > 1 && textWidth(out, 7) > band - 2) out = out.slice(0, -1);
    return out === name ? name : `${out.slice(0, -1)}…`;
  };
  chart.categories.forEach((category, i) =>
    parts.push(text(left + (i + 0.5) * band, bottom + 11, fit(category), 7, COLOR.ink, 'middle')),
  );
  let height = bottom + 16;
  if (chart.categoryLabel) {
    parts.push(text(WIDTH / 2, height + 8, chart.categoryLabel, 7.5, COLOR.muted, 'middle'));
    height += 12;
  }
  return { width: WIDTH, height: height + 4, body: parts.join('') };
}

function horizontalBars(chart: ChartSection, lang: string): Svg {
  const ticks = niceTicks(chartMax(chart));
  const max = ticks.at(-1) ?? 1;
  const compact = max >= 100_000;
  const head = legend(chart, chart.categoryLabel);
  const parts = [...head.parts];
  const names = Math.min(
    WIDTH * 0.32,
    Math.max(40, ...chart.categories.map((c) => textWidth(c, 7.5))) + 8,
  );
  const left = names;
  const right = WIDTH - 34;
  const bar = chart.series.length > 1 ? 8 : 11;
  const rowHeight = chart.series.length * bar + 7;
  const top = head.height + 4;
  const bottom = top + Math.max(1, chart.categories.length) * rowHeight;
  for (const tick of ticks) {
    const tx = left + (tick / max) * (right - left);
    parts.push(
      `<line x1='${tx.toFixed(1)}' y1='${top}' x2='${tx.toFixed(1)}' y2='${bottom}' stroke='${tick === 0 ? COLOR.faint : COLOR.grid}' stroke-width='${tick === 0 ? 0.8 : 0.4}'/>`,
    );
    parts.push(text(tx, bottom + 10, valueText(tick, lang, compact), 7, COLOR.muted, 'middle'));
  }
  chart.categories.forEach((category, i) => {
    const rowTop = top + i * rowHeight + 3.5;
    let name = category;
    while (name.length > 1 && textWidth(name, 7.5) > names - 8) name = name.slice(0, -1);
    if (name !== category) name = `${name.slice(0, -1)}…`;
    parts.push(text(names - 8, rowTop + (rowHeight - 7) / 2 + 3, name, 7.5, COLOR.ink, 'end'));
    chart.series.forEach((series, s) => {
      const value = series.values[i] ?? 0;
      const width = (Math.max(0, value) / max) * (right - left);
      const by = rowTop + s * bar;
      if (width > 0)
        parts.push(
          `<rect x='${left}' y='${(by + 0.5).toFixed(1)}' width='${width.toFixed(1)}' height='${bar - 1}' fill='${seriesColor(s)}'/>`,
        );
      parts.push(
        text(left + width + 3, by + bar / 2 + 2.3, valueText(value, lang, compact), 6.5, COLOR.ink),
      );
    });
  });
  let height = bottom + 16;
  if (chart.valueLabel) {
    parts.push(text(WIDTH / 2, height + 8, chart.valueLabel, 7.5, COLOR.muted, 'middle'));
    height += 12;
  }
  return { width: WIDTH, height: height + 4, body: parts.join('') };
}

/** The chart's picture. */
export function chartSvg(chart: ChartSection, lang: string): Svg {
  return chart.chart === 'bar' && chart.orientation === 'horizontal'
    ? horizontalBars(chart, lang)
    : columnsOrLines(chart, lang);
}
