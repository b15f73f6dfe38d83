import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../components/AmountInput';
import type { ActionFieldsProps } from './actionForm';
import { safeMinorDigits } from './money';

/** The decimals of the currency typed (EUR until one is). */
const digitsOf = (currency: string) => safeMinorDigits(currency.trim().toUpperCase() || 'EUR');

/** The planned and spent budgets, each an amount in the reader's notation and a currency. */
export function ActionBudgetFields({ values, set, error }: ActionFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('tracking.field.budget')} variant="unstyled">
      <SimpleGrid cols={4}>
        <AmountInput
          label={t('tracking.field.budgetPlanned')}
          value={values.plannedAmount}
          onChange={(value) => set('plannedAmount', value, 'budgetPlanned')}
          error={error('budgetPlanned.amountMinor') ?? error('budgetPlanned', true)}
          digits={digitsOf(values.plannedCurrency)}
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
        <AmountInput
          label={t('tracking.field.budgetSpent')}
          value={values.spentAmount}
          onChange={(value) => set('spentAmount', value, 'budgetSpent')}
          error={error('budgetSpent.amountMinor') ?? error('budgetSpent', true)}
          digits={digitsOf(values.spentCurrency || values.plannedCurrency)}
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
