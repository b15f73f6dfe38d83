import { Fieldset, Group, NumberInput, Select } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthNames } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import type { DateParts } from '../lib/dateParts';
import classes from './PartialDateInput.module.css';

interface Props {
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** The sentence shown under the date; it describes the year box, which is required. */
  error?: string | undefined;
  required?: boolean;
  description?: string;
}

/**
 * A date known to the year, the month or the day: a year, then an optional month, then an
 * optional day (only once a month is chosen).
 */
export function PartialDateInput({ legend, value, onChange, error, required, description }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const descriptionId = useId();
  const months = useMemo(
    () => monthNames(language).map((label, index) => ({ value: String(index + 1), label })),
    [language],
  );
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      classNames={{ legend: classes.legend }}
      className={classes.root}
      aria-describedby={description ? descriptionId : undefined}
    >
      {description && (
        <div id={descriptionId} className={classes.description}>
          {description}
        </div>
      )}
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <NumberInput
          label={t('date.year')}
          w={84}
          value={value.year}
          onChange={(year) => onChange({ ...value, year })}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          hideControls
          min={1000}
          max={9999}
          clampBehavior="none"
          required={required}
          error={error}
          classNames={{ error: classes.error }}
        />
        <Select
          label={t('date.month')}
          w={136}
          data={months}
          value={value.month}
          onChange={(month) => onChange({ ...value, month, day: month ? value.day : '' })}
          clearable
          placeholder={t('date.unknown')}
          aria-invalid={error ? true : undefined}
        />
        <NumberInput
          label={t('date.day')}
          w={64}
          value={value.day}
          onChange={(day) => onChange({ ...value, day })}
          disabled={!value.month}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          min={1}
          max={31}
          clampBehavior="none"
          placeholder={value.month ? undefined : '—'}
        />
      </Group>
    </Fieldset>
  );
}
