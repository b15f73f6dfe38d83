import { Fieldset, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { ActionFieldsProps } from './actionForm';
import { decimalSeparator, groupSeparator, safeMinorDigits } from './money';

/** A typed amount as the form keeps it: a number, or '' while empty. */
const amountOf = (value: number | string) =>
  typeof value === 'number' ? value : value === '' ? '' : Number(value);

/** The planned and spent budgets, each an amount in the reader's notation and a currency. */
export function ActionBudgetFields({ values, set, error }: ActionFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const moneyProps = (currency: string) => ({
    decimalSeparator: decimalSeparator(format.language),
    thousandSeparator: groupSeparator(format.language),
    decimalScale: safeMinorDigits(currency.trim().toUpperCase() || 'EUR'),
    min: 0,
    allowNegative: false,
  });
  return (
    <Fieldset legend={t('tracking.field.budget')} variant="unstyled">
      <SimpleGrid cols={4}>
        <NumberInput
          label={t('tracking.field.budgetPlanned')}
          value={values.plannedAmount}
          onChange={(value) => set('plannedAmount', amountOf(value), 'budgetPlanned')}
          error={error('budgetPlanned.amountMinor') ?? error('budgetPlanned', true)}
          {...moneyProps(values.plannedCurrency)}
        />
        <TextInput
          label={t('tracking.field.currency')}
          aria-label={`${t('tracking.field.budgetPlanned')} – ${t('tracking.field.currency')}`}
          placeholder={t('tracking.form.currencyPlaceholder')}
          value={values.plannedCurrency}
          onChange={(event) =>
            set('plannedCurrency', event.currentTarget.value.toUpperCase(), 'budgetPlanned')
          }
          error={error('budgetPlanned.currency')}
          maxLength={3}
        />
        <NumberInput
          label={t('tracking.field.budgetSpent')}
          value={values.spentAmount}
          onChange={(value) => set('spentAmount', amountOf(value), 'budgetSpent')}
          error={error('budgetSpent.amountMinor') ?? error('budgetSpent', true)}
          {...moneyProps(values.spentCurrency || values.plannedCurrency)}
        />
        <TextInput
          label={t('tracking.field.currency')}
          aria-label={`${t('tracking.field.budgetSpent')} – ${t('tracking.field.currency')}`}
          placeholder={values.plannedCurrency || t('tracking.form.currencyPlaceholder')}
          value={values.spentCurrency}
          onChange={(event) =>
            set('spentCurrency', event.currentTarget.value.toUpperCase(), 'budgetSpent')
          }
          error={error('budgetSpent.currency')}
          maxLength={3}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
