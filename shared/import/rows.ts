import type { z } from 'zod';
import type { ThemeRef } from '../schemas/actions';
import type { FieldKey } from './fields';
import { TARGET_FIELDS } from './targetFields';
import type { ImportMapping } from './mapping';
import { readField, type ReadContext } from './readField';
import { recordParts, type TargetRecord } from './records';
import { cellText, type GridCell, type ImportGrid, type ImportProblem } from './types';
import { indexThemes } from './values/themes';

/** One data row as it will be stored: its records when every cell was read, else null. */
export interface ImportRow {
  /** The row number as the spreadsheet shows it (1 = the file's first line). */
  row: number;
  record: TargetRecord | null;
}

export interface ImportRows {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Required fields of the target that no column fills: the mapping must be completed first. */
  missingFields: FieldKey[];
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const problemKey = (key: string) => (key.includes('.') ? key : `import.problems.${key}`);

/** A schema's complaint as a problem at the column of the field it is about. */
function issueProblem(issue: z.core.$ZodIssue, row: number, column: number | null): ImportProblem {
  const params = (issue as { params?: { key?: unknown } }).params;
  if (params && typeof params.key === 'string') return { row, column, key: params.key };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return { row, column, key: 'import.problems.tooLong', params: { max: issue.maximum } };
  if (issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined))
    return { row, column, key: 'import.problems.required' };
  return { row, column, key: 'import.problems.invalid' };
}

/** The text kept from "notes" columns: one "Header: value" line each. */
function notesOf(cells: readonly GridCell[], mapping: ImportMapping, given: string): string {
  const lines = given ? [given] : [];
  mapping.columns.forEach((choice, column) => {
    const value = cellText(cells[column] ?? null);
    if (choice.use === 'notes' && value !== '') lines.push(`${choice.header}: ${value}`);
  });
  return lines.join('\n');
}

/**
 * The rows of a grid read through a mapping: every cell of a mapped column read as its field's
 * value, each row assembled into the app's input records and checked with their schemas.
 * Nothing throws on bad data: each problem is listed at its row and column, and a row with
 * any problem has no record. Blank rows are skipped. Nothing is written anywhere.
 */
export function buildRows(
  grid: ImportGrid,
  mapping: ImportMapping,
  themes: readonly ThemeRef[] = [],
): ImportRows {
  const context: ReadContext = {
    values: { ...mapping.values, date1904: grid.date1904 },
    themes: indexThemes(themes),
  };
  const columnOf = new Map<FieldKey, number>();
  mapping.columns.forEach((choice, column) => {
    if (choice.use === 'field') columnOf.set(choice.field, column);
  });
  const required = TARGET_FIELDS[mapping.target]
    .filter(([, needed]) => needed)
    .map(([field]) => field);
  const missingFields = required.filter((field) => !columnOf.has(field));
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (let index = grid.headerRow + 1; index < grid.rows.length; index += 1) {
    const cells = grid.rows[index]!;
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const row = index + 1;
    const before = problems.length;
    const values: Partial<Record<FieldKey, unknown>> = {};
    for (const [field, column] of columnOf) {
      const read = readField(field, cells[column] ?? null, context);
      if (read.ok) values[field] = read.value;
      else
        problems.push({
          row,
          column,
          key: problemKey(read.key),
          ...(read.params ? { params: read.params } : {}),
        });
    }
    for (const field of required) {
      const column = columnOf.get(field);
      if (
        column !== undefined &&
        isEmpty(values[field]) &&
        !problems.slice(before).some((p) => p.column === column)
      )
        problems.push({ row, column, key: 'import.problems.required' });
    }
    const { parts, refs } = recordParts(
      mapping.target,
      values,
      notesOf(cells, mapping, (values.notes as string) ?? ''),
    );
    const record: Record<string, unknown> = { ...refs };
    for (const part of parts) {
      if (part.optional && Object.values(part.fields).every((field) => isEmpty(values[field]))) continue;
      const parsed = part.schema.safeParse(part.value);
      if (parsed.success) {
        record[part.name] = parsed.data;
        continue;
      }
      for (const issue of parsed.error.issues) {
        const field = part.fields[String(issue.path[0])];
        const column = field === undefined ? null : (columnOf.get(field) ?? null);
        // An unmapped field is the mapping's problem (missingFields), not each row's; a cell
        // already reported is not reported twice.
        if (field !== undefined && column === null) continue;
        if (problems.slice(before).some((p) => p.column === column && column !== null)) continue;
        problems.push(issueProblem(issue, row, column));
      }
    }
    rows.push({
      row,
      record:
        problems.length === before && missingFields.length === 0 ? (record as TargetRecord) : null,
    });
  }
  return { rows, problems, missingFields };
}
