import type { ChartSection } from '../../../../shared/reports/document';
import {
  chartMax,
  drawCategoryLabels,
  drawLegendLine,
  drawValueAxisY,
  niceTicks,
  seriesColor,
  tickLabelWidth,
  valueText,
} from './axes';
import { ensureSpace, newPage, type Pdf } from './page';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, PAGE } from './style';

/** Charts drawn as vectors: grouped bars (vertical or horizontal) and lines, with their axes. */

const PLOT_HEIGHT = 180;

function drawAxisName(pdf: Pdf, name: string, y: number): number {
  if (!name) return 0;
  pdf.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
  pdf.text(name, PAGE.margin.left, y, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
  return 12;
}

/** Vertical grouped bars or lines: categories along the bottom, values up the left. */
function drawColumnsOrLines(pdf: Pdf, chart: ChartSection, lang: string): void {
  ensureSpace(pdf, chartMinHeight(chart));
  const ticks = niceTicks(chartMax(chart));
  const max = ticks.at(-1) ?? 1;
  const x = PAGE.margin.left;
  const top = pdf.y + drawLegendLine(pdf, chart, chart.valueLabel, x, pdf.y, CONTENT_WIDTH) + 6;
  const left = x + tickLabelWidth(pdf, ticks, lang) + 8;
  const right = x + CONTENT_WIDTH;
  const bottom = top + PLOT_HEIGHT;
  drawValueAxisY(pdf, ticks, left, right, top, bottom, lang);
  const count = chart.categories.length;
  const band = (right - left) / Math.max(1, count);
  const yOf = (value: number) => bottom - (Math.max(0, value) / max) * (bottom - top);
  const compact = max >= 100_000;
  pdf.font(FONT.regular).fontSize(6.5);

  if (chart.chart === 'bar') {
    const group = band * 0.78;
    const bar = group / Math.max(1, chart.series.length);
    chart.series.forEach((series, s) => {
      series.values.forEach((value, i) => {
        const bx = left + i * band + (band - group) / 2 + s * bar;
        const by = yOf(value);
        if (bottom - by > 0)
          pdf
            .rect(bx + 0.4, by, Math.max(0.6, bar - 0.8), bottom - by)
            .fillColor(seriesColor(s))
            .fill();
        const label = valueText(value, lang, compact);
        if (value > 0 && pdf.widthOfString(label) <= bar + 2) {
          pdf
            .fillColor(COLOR.ink)
            .text(label, bx + (bar - pdf.widthOfString(label)) / 2, by - 8.5, { lineBreak: false });
        }
      });
    });
  } else {
    const labelled = count * chart.series.length <= 30;
    chart.series.forEach((series, s) => {
      const color = seriesColor(s);
      const points = series.values.map(
        (value, i) => [left + (i + 0.5) * band, yOf(value)] as const,
      );
      points.forEach(([px, py], i) => (i === 0 ? pdf.moveTo(px, py) : pdf.lineTo(px, py)));
      if (points.length > 1) pdf.lineWidth(1.6).strokeColor(color).lineJoin('round').stroke();
      points.forEach(([px, py], i) => {
        pdf.circle(px, py, 2.2).fillColor(color).fill();
        const label = valueText(series.values[i] ?? 0, lang, compact);
        if (labelled)
          pdf
            .fillColor(COLOR.ink)
            .text(label, px - pdf.widthOfString(label) / 2, py - 10, { lineBreak: false });
      });
    });
  }
  pdf.moveTo(left, bottom).lineTo(right, bottom).lineWidth(0.8).strokeColor(COLOR.faint).stroke();
  let y = bottom + 4;
  y += drawCategoryLabels(pdf, chart.categories, left, band, y);
  y += drawAxisName(pdf, chart.categoryLabel, y);
  pdf.y = y + 6;
  pdf.x = x;
}

/** Horizontal grouped bars: category names on the left; continues on the next page when long. */
function drawHorizontalBars(pdf: Pdf, chart: ChartSection, lang: string): void {
  const ticks = niceTicks(chartMax(chart));
  const max = ticks.at(-1) ?? 1;
  const compact = max >= 100_000;
  const x = PAGE.margin.left;
  pdf.font(FONT.regular).fontSize(7.5);
  const names = Math.min(
    CONTENT_WIDTH * 0.32,
    Math.max(40, ...chart.categories.map((c) => pdf.widthOfString(c))) + 8,
  );
  const left = x + names;
  const right = x + CONTENT_WIDTH - 34;
  const bar = chart.series.length > 1 ? 8 : 11;
  const rowHeight = chart.series.length * bar + 7;
  let start = 0;
  ensureSpace(pdf, chartMinHeight(chart));
  while (start < chart.categories.length || start === 0) {
    const top =
      pdf.y + drawLegendLine(pdf, chart, chart.categoryLabel, x, pdf.y, CONTENT_WIDTH) + 4;
    const fit = Math.max(1, Math.floor((CONTENT_BOTTOM - top - 34) / rowHeight));
    const categories = chart.categories.slice(start, start + fit);
    const bottom = top + Math.max(1, categories.length) * rowHeight;
    pdf.font(FONT.regular).fontSize(7);
    for (const tick of ticks) {
      const tx = left + (tick / max) * (right - left);
      pdf
        .moveTo(tx, top)
        .lineTo(tx, bottom)
        .lineWidth(tick === 0 ? 0.8 : 0.4)
        .strokeColor(tick === 0 ? COLOR.faint : COLOR.grid)
        .stroke();
      const text = valueText(tick, lang, compact);
      pdf
        .fillColor(COLOR.muted)
        .text(text, tx - pdf.widthOfString(text) / 2, bottom + 3, { lineBreak: false });
    }
    categories.forEach((category, row) => {
      const i = start + row;
      const rowTop = top + row * rowHeight + 3.5;
      pdf.font(FONT.regular).fontSize(7.5).fillColor(COLOR.ink);
      const lineHeight = pdf.currentLineHeight(true);
      pdf.text(category, x, rowTop + (rowHeight - 7 - lineHeight) / 2, {
        width: names - 8,
        height: lineHeight,
        ellipsis: true,
        align: 'right',
      });
      chart.series.forEach((series, s) => {
        const value = series.values[i] ?? 0;
        const width = (Math.max(0, value) / max) * (right - left);
        const by = rowTop + s * bar;
        if (width > 0)
          pdf
            .rect(left, by + 0.5, width, bar - 1)
            .fillColor(seriesColor(s))
            .fill();
        pdf.font(FONT.regular).fontSize(6.5).fillColor(COLOR.ink);
        pdf.text(valueText(value, lang, compact), left + width + 3, by + (bar - 7) / 2, {
          lineBreak: false,
        });
      });
    });
    let y = bottom + 14;
    y += drawAxisName(pdf, chart.valueLabel, y);
    pdf.y = y + 6;
    start += Math.max(1, categories.length);
    if (start >= chart.categories.length) break;
    newPage(pdf);
  }
  pdf.x = x;
}

/** The room a chart needs below its heading before it may start (the rest may go to the next page). */
export function chartMinHeight(chart: ChartSection): number {
  if (chart.chart === 'bar' && chart.orientation === 'horizontal') {
    const rowHeight = chart.series.length * (chart.series.length > 1 ? 8 : 11) + 7;
    return 60 + Math.min(chart.categories.length, 6) * rowHeight;
  }
  return PLOT_HEIGHT + 70;
}

/** Draws a chart from the current position. */
export function drawChart(pdf: Pdf, chart: ChartSection, lang: string): void {
  if (chart.chart === 'bar' && chart.orientation === 'horizontal')
    drawHorizontalBars(pdf, chart, lang);
  else drawColumnsOrLines(pdf, chart, lang);
  pdf.font(FONT.regular).fillColor(COLOR.ink);
}
