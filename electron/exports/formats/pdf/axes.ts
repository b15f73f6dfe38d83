import type { ChartSection } from '../../../../shared/reports/document';
import type { Pdf } from './page';
import { COLOR, FONT, SERIES } from './style';

/** Round tick values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten (whole for counts). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  // Counts and amounts are labelled in whole units: never a step below one.
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power,
  );
  const ticks: number[] = [0];
  while ((ticks.at(-1) ?? 0) < max)
    ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)));
  return ticks;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A value label: whole numbers, compact beyond a hundred thousand ("1.2 M" / "1,2 M"). */
export function valueText(value: number, lang: string, compact: boolean): string {
  const key = `${lang}:${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      lang,
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 },
    );
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The largest value of a chart (0 when empty). */
export function chartMax(chart: ChartSection): number {
  return Math.max(0, ...chart.series.flatMap((s) => s.values.filter((v) => Number.isFinite(v))));
}

/** A series' colour. */
export function seriesColor(index: number): string {
  return SERIES[index % SERIES.length] ?? '#1f4e79';
}

/**
 * The legend, right-aligned on one line (wrapping when long), and an axis' name on the left
 * of the same line. Returns the height used.
 */
export function drawLegendLine(
  pdf: Pdf,
  chart: ChartSection,
  axisName: string,
  x: number,
  y: number,
  width: number,
): number {
  pdf.font(FONT.regular).fontSize(7.5);
  const items = chart.series.map((s, index) => ({
    label: s.label,
    color: seriesColor(index),
    width: pdf.widthOfString(s.label) + 16,
  }));
  const rows: (typeof items)[] = [[]];
  let used = 0;
  const room = width * 0.7;
  for (const item of items) {
    if (used + item.width > room && (rows.at(-1)?.length ?? 0) > 0) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)?.push(item);
    used += item.width;
  }
  pdf
    .fillColor(COLOR.muted)
    .text(axisName, x, y, { width: width * 0.3, lineBreak: false, ellipsis: true, height: 10 });
  rows.forEach((row, r) => {
    let cursor = x + width - row.reduce((sum, item) => sum + item.width, 0);
    for (const item of row) {
      pdf
        .rect(cursor, y + r * 11 + 1.5, 8, 6)
        .fillColor(item.color)
        .fill();
      pdf.fillColor(COLOR.ink).text(item.label, cursor + 11, y + r * 11, { lineBreak: false });
      cursor += item.width;
    }
  });
  return rows.length * 11 + 6;
}

/** Horizontal gridlines and tick labels of a vertical value axis. */
export function drawValueAxisY(
  pdf: Pdf,
  ticks: number[],
  left: number,
  right: number,
  top: number,
  bottom: number,
  lang: string,
): void {
  const max = ticks.at(-1) ?? 1;
  const compact = max >= 100_000;
  pdf.font(FONT.regular).fontSize(7);
  for (const tick of ticks) {
    const y = bottom - (tick / max) * (bottom - top);
    pdf
      .moveTo(left, y)
      .lineTo(right, y)
      .lineWidth(tick === 0 ? 0.8 : 0.4)
      .strokeColor(tick === 0 ? COLOR.faint : COLOR.grid)
      .stroke();
    const text = valueText(tick, lang, compact);
    pdf
      .fillColor(COLOR.muted)
      .text(text, left - 4 - pdf.widthOfString(text), y - 3.5, { lineBreak: false });
  }
}

/** The widest tick label, to leave room for it left of the plot. */
export function tickLabelWidth(pdf: Pdf, ticks: number[], lang: string): number {
  const compact = (ticks.at(-1) ?? 0) >= 100_000;
  pdf.font(FONT.regular).fontSize(7);
  return Math.max(...ticks.map((t) => pdf.widthOfString(valueText(t, lang, compact))));
}

/**
 * Category names under a horizontal axis: on one line when they fit, on two within their band,
 * else every k-th so none overlaps. Returns the height used.
 */
export function drawCategoryLabels(
  pdf: Pdf,
  categories: string[],
  left: number,
  band: number,
  y: number,
): number {
  pdf.font(FONT.regular).fontSize(7.5).fillColor(COLOR.ink);
  const widths = categories.map((c) => pdf.widthOfString(c));
  const widest = Math.max(0, ...widths);
  const line = pdf.currentLineHeight(true);
  if (widest <= band - 2) {
    categories.forEach((c, i) =>
      pdf.text(c, left + i * band + (band - (widths[i] ?? 0)) / 2, y, { lineBreak: false }),
    );
    return line + 4;
  }
  const twoLines =
    band >= 36 &&
    categories.every((c) => pdf.heightOfString(c, { width: band - 2 }) <= 2 * line + 0.5);
  if (twoLines) {
    categories.forEach((c, i) =>
      pdf.text(c, left + i * band + 1, y, {
        width: band - 2,
        align: 'center',
        height: 2 * line + 1,
        ellipsis: true,
      }),
    );
    return 2 * line + 4;
  }
  const step = Math.ceil((widest + 6) / band);
  categories.forEach((c, i) => {
    if (i % step !== 0) return;
    pdf.text(c, left + i * band + (band - (widths[i] ?? 0)) / 2, y, { lineBreak: false });
  });
  return line + 4;
}
