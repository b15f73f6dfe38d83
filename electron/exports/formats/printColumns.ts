import type { Cell } from '../../../shared/reports/document';
import { blockRows, type Block } from './tabular';

/**
 * Which columns of a table are worth printing (PDF, DOCX): those with a value in some row or
 * in the totals; every column when none has one (the table then shows its emptiness).
 */
export function printedColumns(block: Block): number[] {
  const filled = block.columns.map(() => false);
  const scan = (cells: Cell[]) =>
    cells.forEach((cell, c) => {
      if (cell !== null && cell !== undefined && cell !== '') filled[c] = true;
    });
  // A paged list is read until every column has shown a value (all of it only when one never does).
  for (const [row] of blockRows(block)) {
    scan(row);
    if (filled.every(Boolean)) break;
  }
  if (block.totals) scan(block.totals);
  const kept = block.columns.map((_, c) => c).filter((c) => filled[c]);
  return kept.length > 0 ? kept : block.columns.map((_, c) => c);
}

/** The widest word of a text by `measure` (what a column must hold so no word is split). */
export function widestWord(text: string, measure: (word: string) => number): number {
  let widest = 0;
  for (const word of text.split(/[ \n]+/)) if (word) widest = Math.max(widest, measure(word));
  return widest;
}
