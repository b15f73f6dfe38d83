import type { ThemeRef } from '../../schemas/actions';
import { fold } from '../fold';
import { cellText, fail, ok, type CellResult, type GridCell } from '../types';

/** Folded label or code → theme id, for the themes of the database being imported into. */
export type ThemeIndex = ReadonlyMap<string, string>;

/** Indexes the themes by code and by label in both languages. */
export function indexThemes(themes: readonly ThemeRef[]): ThemeIndex {
  const index = new Map<string, string>();
  for (const theme of themes) {
    for (const text of [theme.code, theme.labelEn, theme.labelFr]) index.set(fold(text), theme.id);
  }
  return index;
}

/**
 * A cell of themes by label in either language, several in one cell: "Patrimoine; Culture",
 * one per line, or separated by commas or "|". A label holding a comma is matched whole
 * first. Every unknown label is named in one problem. Empty is an empty list.
 */
export function parseThemesCell(cell: GridCell, themes: ThemeIndex): CellResult<string[]> {
  const text = cellText(cell);
  if (text === '') return ok([]);
  const ids: string[] = [];
  const unknown: string[] = [];
  const add = (label: string): boolean => {
    const id = themes.get(fold(label));
    if (id && !ids.includes(id)) ids.push(id);
    return id !== undefined;
  };
  for (const part of text.split(/[;|\n]+/)) {
    const label = part.trim();
    if (label === '' || add(label)) continue;
    for (const piece of label.split(',')) {
      const name = piece.trim();
      if (name !== '' && !add(name)) unknown.push(name);
    }
  }
  return unknown.length > 0 ? fail('themeUnknown', { value: unknown.join(', ') }) : ok(ids);
}
