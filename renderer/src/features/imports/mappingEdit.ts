import type { FieldKey } from '../../../../shared/import/fields';
import type { ColumnChoice, ImportMapping } from '../../../../shared/import/mapping';
import { TARGET_FIELDS } from '../../../../shared/import/targetFields';

/** A column's choice as the mapping table's select holds it: `field:<key>`, `notes` or `ignore`. */
export type ChoiceValue = `field:${FieldKey}` | 'notes' | 'ignore';

/** The select value of a column's choice. */
export function choiceValue(choice: ColumnChoice): ChoiceValue {
  return choice.use === 'field' ? `field:${choice.field}` : choice.use;
}

/**
 * The mapping with one column's use changed. A field chosen for a second column leaves the
 * first one (it goes to the notes), so each field is filled by one column at most. A choice
 * made by hand loses the suggestion's confidence: it is the user's now.
 */
export function withChoice(
  mapping: ImportMapping,
  column: number,
  value: ChoiceValue,
): ImportMapping {
  const field = value.startsWith('field:') ? (value.slice(6) as FieldKey) : null;
  const columns = mapping.columns.map((choice, index): ColumnChoice => {
    if (index === column) {
      return field
        ? { header: choice.header, use: 'field', field, confidence: 0 }
        : { header: choice.header, use: value as 'notes' | 'ignore', confidence: 0 };
    }
    if (field && choice.use === 'field' && choice.field === field)
      return { header: choice.header, use: 'notes', confidence: 0 };
    return choice;
  });
  return { ...mapping, columns };
}

/** Every column that fills no field kept into the notes, or every one ignored. */
export function withUnmapped(mapping: ImportMapping, use: 'notes' | 'ignore'): ImportMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((choice): ColumnChoice =>
      choice.use === 'field' ? choice : { header: choice.header, use, confidence: 0 },
    ),
  };
}

/** What the columns that fill no field do: all kept, all ignored, or some of each. */
export function unmappedUse(mapping: ImportMapping): 'notes' | 'ignore' | 'mixed' {
  const uses = new Set(mapping.columns.filter((c) => c.use !== 'field').map((c) => c.use));
  if (uses.size === 1) return uses.has('ignore') ? 'ignore' : 'notes';
  return uses.size === 0 ? 'notes' : 'mixed';
}

/** The required fields of the mapping's target that no column fills yet. */
export function missingFields(mapping: ImportMapping): FieldKey[] {
  const filled = new Set(mapping.columns.flatMap((c) => (c.use === 'field' ? [c.field] : [])));
  return TARGET_FIELDS[mapping.target]
    .filter(([field, required]) => required && !filled.has(field))
    .map(([field]) => field);
}

/** The fields a column of this target can fill, in the target's order, required ones marked. */
export function targetFields(mapping: ImportMapping): { field: FieldKey; required: boolean }[] {
  return TARGET_FIELDS[mapping.target].map(([field, required]) => ({ field, required }));
}

/** The suggestion's select value for a column, when one was made (its header named a field). */
export function suggestedValue(
  suggested: ImportMapping | null,
  column: number,
): ChoiceValue | null {
  const choice = suggested?.columns[column];
  return choice && choice.use === 'field' ? choiceValue(choice) : null;
}
