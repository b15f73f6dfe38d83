import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../shared/import/mapping';
import {
  choiceValue,
  missingFields,
  suggestedValue,
  unmappedUse,
  withChoice,
  withUnmapped,
} from './mappingEdit';

const HEADERS = ['Ville', 'Pays', 'Type d’accord', 'Date de signature', 'Code dossier', ''];

describe('the mapping table’s edits', () => {
  const suggested = suggestMapping(HEADERS, 'register');

  it('starts from the suggestion: known headers fill their fields, others go to notes, unnamed ones are ignored', () => {
    expect(suggested.columns.map(choiceValue)).toEqual([
      'field:cityName',
      'field:country',
      'field:kind',
      'field:signedOn',
      'notes',
      'ignore',
    ]);
    expect(missingFields(suggested)).toEqual([]);
    expect(suggestedValue(suggested, 3)).toBe('field:signedOn');
    expect(suggestedValue(suggested, 4)).toBeNull();
  });

  it('gives a field to one column only: the column that had it goes to the notes', () => {
    const moved = withChoice(suggested, 4, 'field:cityName');
    expect(choiceValue(moved.columns[4]!)).toBe('field:cityName');
    expect(choiceValue(moved.columns[0]!)).toBe('notes');
    expect(moved.columns[4]).toMatchObject({ header: 'Code dossier', confidence: 0 });
    // The suggestion itself is left as it was: the table still marks what was suggested.
    expect(choiceValue(suggested.columns[0]!)).toBe('field:cityName');
  });

  it('names the required fields no column fills once a column is ignored', () => {
    const without = withChoice(withChoice(suggested, 3, 'ignore'), 1, 'notes');
    expect(missingFields(without)).toEqual(['country', 'signedOn']);
  });

  it('keeps or ignores every unmapped column at once, and says when they differ', () => {
    expect(unmappedUse(suggested)).toBe('mixed');
    const ignored = withUnmapped(suggested, 'ignore');
    expect(unmappedUse(ignored)).toBe('ignore');
    expect(ignored.columns.slice(0, 4).map(choiceValue)).toEqual(
      suggested.columns.slice(0, 4).map(choiceValue),
    );
    expect(unmappedUse(withUnmapped(ignored, 'notes'))).toBe('notes');
  });
});
