import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatAmountText,
  parseAmountText,
  type AmountTextError,
} from '../../../shared/domain/amountText';
import { useFormat } from '../i18n/useFormat';

interface Props {
  label: string;
  /** The amount in major units (4500.5), '' when empty, NaN while the text is no amount. */
  value: number | '';
  onChange: (value: number | '') => void;
  /** How many decimals the currency takes (2 for EUR, 0 for JPY). */
  digits: number;
  error?: string | undefined;
}

/**
 * An amount typed or pasted the local way (shared/domain/amountText.ts): "4 500,50" or "4500,5"
 * in French, "4,500.50" in English. A form that could be read two ways, or has more decimals
 * than the currency, is refused at the field with the reason; it is never rounded or multiplied.
 * Once the field is left, the amount shows in the reader's notation.
 */
export function AmountInput({ label, value, onChange, digits, error }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<AmountTextError | null>(null);
  const stored =
    typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10 ** digits) : null;
  const shown = draft ?? (stored === null ? '' : formatAmountText(stored, language, digits));
  const read = (text: string) => {
    const result = parseAmountText(text, language, digits);
    if ('error' in result) {
      setRefusal(result.error);
      onChange(Number.NaN);
    } else {
      setRefusal(null);
      onChange(result.minor === null ? '' : result.minor / 10 ** digits);
    }
  };
  return (
    <TextInput
      label={label}
      value={shown}
      inputMode="decimal"
      autoComplete="off"
      onFocus={() => setDraft(shown)}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        read(event.currentTarget.value);
      }}
      onBlur={() => {
        // A refused text stays as typed, so the user sees what to fix.
        if (refusal === null) setDraft(null);
      }}
      error={refusal ? t(`amount.${refusal}`) : error}
    />
  );
}
