import { cellParsers } from './cellParsers';
import { fieldType, type FieldKey } from './fields';
import { cellText, fail, ok, type CellResult, type GridCell } from './types';
import {
  parseAgreementKindCell,
  parseBooleanCell,
  parseChoiceCell,
  parseSideCell,
} from './values/choices';
import { parseCountryCell } from './values/countries';
import type { ValueOptions } from './values/options';
import { parseThemesCell, type ThemeIndex } from './values/themes';

/** What reading a cell needs besides the cell: how values are written, the known themes. */
export interface ReadContext {
  values: ValueOptions;
  themes: ThemeIndex;
}

/** A list cell ("français; anglais"): items split on ; , / or new lines. */
function parseListCell(cell: GridCell): CellResult<string[]> {
  return ok(
    cellText(cell)
      .split(/[;,/\n]+/)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

/**
 * A cell read as the value of a field, by the field's type. Every reader answers a problem
 * instead of throwing, and reads an empty cell as "nothing given" (null, '' or []).
 */
export function readField(
  field: FieldKey,
  cell: GridCell,
  context: ReadContext,
): CellResult<unknown> {
  const { values } = context;
  switch (fieldType(field)) {
    case 'text':
      return ok(cellText(cell));
    case 'date':
      return cellParsers.date(cell, values);
    case 'fullDate': {
      const date = cellParsers.date(cell, values);
      if (date.ok && date.value !== null && date.value.length !== 10)
        return fail('fullDateNeeded', { value: cellText(cell) });
      return date;
    }
    case 'amount':
      return cellParsers.amount(cell, values);
    case 'number':
      return cellParsers.number(cell, values);
    case 'country':
      return parseCountryCell(cell);
    case 'agreementKind':
      return parseAgreementKindCell(cell);
    case 'agreementStatus':
      return parseChoiceCell('agreementStatus', cell);
    case 'actionKind':
      return parseChoiceCell('actionKind', cell);
    case 'actionStatus':
      return parseChoiceCell('actionStatus', cell);
    case 'themes':
      return parseThemesCell(cell, context.themes);
    case 'boolean':
      return parseBooleanCell(cell);
    case 'side':
      return parseSideCell(cell);
    case 'list':
      return parseListCell(cell);
  }
}
