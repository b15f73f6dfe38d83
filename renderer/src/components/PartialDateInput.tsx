import { dateFromParts, datePartsOf, type DateParts } from '../lib/dateParts';
import { DateTextInput } from './DateTextInput';

interface Props {
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** The sentence shown under the date. */
  error?: string | undefined;
  required?: boolean;
  description?: string;
}

/**
 * A date known to the year, the month or the day, typed the local way in one field (see
 * DateTextInput). The forms keep it as year, month and day; text that is no date is kept in the
 * year, where the form's check refuses it at the field.
 */
export function PartialDateInput({ legend, value, onChange, error, required, description }: Props) {
  // A year kept as text is what the user typed and no date could be read from.
  const text = typeof value.year === 'string' ? value.year : (dateFromParts(value, '').date ?? '');
  return (
    <DateTextInput
      label={legend}
      value={text}
      onChange={(next) => onChange(next === '' ? datePartsOf(null) : partsOrText(next))}
      error={error}
      required={required}
      description={description}
    />
  );
}

/** The parts of a partial date, or the text as it was typed (in the year) when it is none. */
function partsOrText(text: string): DateParts {
  const parts = datePartsOf(text);
  return parts.year === '' ? { year: text, month: null, day: '' } : parts;
}
