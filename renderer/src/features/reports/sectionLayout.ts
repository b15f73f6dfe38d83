import type { ChartSection, ReportSection } from '../../../../shared/reports/document';
import { isSmallChart } from './chartData';

/** One block on screen: a section, and the chart that draws the same data when there is one. */
export interface SectionBlock {
  section: ReportSection;
  /** Drawn above the table it belongs to, under the table's heading (the table holds the data). */
  chart?: ChartSection;
  /** A map followed by its table: no second copy of the data is needed under the map. */
  dataBelow?: boolean;
}

/** Small charts in a row (a budget per currency) share a grid; everything else stands alone. */
export type LayoutBlock = { grid: ChartSection[] } | SectionBlock;

/** A chart with nothing to draw: no category, or every value zero. */
export function isEmptyChart(chart: ChartSection): boolean {
  return (
    chart.categories.length === 0 ||
    chart.series.every((series) => series.values.every((value) => value === 0))
  );
}

/**
 * The screen's blocks: a chart next to a table of the same title (the document gives each as
 * its own section, which every export needs) joins that table under one heading; an empty chart
 * is left out, its table already says there is nothing.
 */
export function layoutSections(sections: readonly ReportSection[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  sections.forEach((section, index) => {
    if (section.type === 'chart') {
      if (isEmptyChart(section)) return;
      const previous = blocks.at(-1);
      if (
        previous?.section.type === 'table' &&
        previous.section.title === section.title &&
        !previous.chart
      ) {
        previous.chart = section;
        return;
      }
      const next = sections[index + 1];
      if (next?.type === 'table' && next.title === section.title) return;
      blocks.push({ section });
      return;
    }
    const before = sections[index - 1];
    if (
      section.type === 'table' &&
      before?.type === 'chart' &&
      before.title === section.title &&
      !isEmptyChart(before)
    ) {
      blocks.push({ section, chart: before });
      return;
    }
    const after = sections[index + 1];
    blocks.push(
      section.type === 'map' && after?.type === 'table'
        ? { section, dataBelow: true }
        : { section },
    );
  });
  return blocks;
}

/** The blocks, with runs of two or more small standalone charts gathered into grids. */
export function gridSmallCharts(blocks: readonly SectionBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  let run: ChartSection[] = [];
  const flush = () => {
    if (run.length > 1) out.push({ grid: run });
    else if (run.length === 1) out.push({ section: run[0]! });
    run = [];
  };
  for (const block of blocks) {
    if (block.section.type === 'chart' && !block.chart && isSmallChart(block.section)) {
      run.push(block.section);
    } else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
