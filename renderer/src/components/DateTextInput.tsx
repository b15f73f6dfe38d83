import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateText, parseDateText } from '../../../shared/domain/dateText';
import { isPartialDate } from '../../../shared/domain/partialDate';
import { useFormat } from '../i18n/useFormat';

interface Props {
  label: string;
  /** The stored partial date (2026-05-20, 2026-05, 2026), '' when none, or text that is not one. */
  value: string;
  /** Called with the partial date the text spells, '' when empty, or the text itself otherwise. */
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean | undefined;
  autoFocus?: boolean | undefined;
}

/**
 * A date typed the local way (shared/domain/dateText.ts): 20/05/2026, 05/2026, mai 2026 or 2026
 * in French, May 20, 2026 in English, ISO in both; shown in the reader's language at the
 * precision given once the field is left. Text that is no date stays as typed, with the reason
 * under the field, and reaches the form as such, so the form refuses to save it.
 */
export function DateTextInput({
  label,
  value,
  onChange,
  error,
  description,
  required,
  autoFocus,
}: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  // What the user is typing, while the field has the focus.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (isPartialDate(value) ? formatDateText(value, language) : value);
  const unreadable = draft === null && value !== '' && !isPartialDate(value);
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={t('date.placeholder')}
      value={shown}
      onFocus={() => setDraft(shown)}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        const read = parseDateText(text, language);
        onChange('date' in read ? (read.date ?? '') : text);
      }}
      onBlur={() => setDraft(null)}
      error={error ?? (unreadable ? t('date.notADate') : undefined)}
      withAsterisk={required}
      autoFocus={autoFocus}
      autoComplete="off"
    />
  );
}
