import { Alert, Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isCurrencyCode } from '../../../../shared/domain/money';
import { MappingTable } from './MappingTable';
import { missingFields, unmappedUse, withUnmapped } from './mappingEdit';
import type { ImportWizard } from './useImportWizard';

/**
 * The third step: each column's field (the suggestion pre-chosen and marked, the saved
 * mapping of a file with the same columns taken again), what the other columns become, and
 * how the file writes dates and numbers.
 */
export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { inspection, mapping, setMapping } = wizard;
  if (!inspection || !mapping) return null;
  const missing = missingFields(mapping);
  const unmapped = unmappedUse(mapping);
  const values = mapping.values;
  const setValues = (next: Partial<typeof values>) =>
    setMapping({ ...mapping, values: { ...values, ...next } });

  return (
    <Stack gap="md">
      {wizard.savedMappingUsed && (
        <Alert color="teal" variant="light" icon={<IconHistory size={18} aria-hidden="true" />}>
          {t('importScreen.mapping.saved')}
        </Alert>
      )}
      <MappingTable
        columns={inspection.columns}
        mapping={mapping}
        suggested={inspection.suggestedMapping}
        onChange={setMapping}
      />
      {missing.length > 0 && (
        <Alert color="orange" role="status">
          {t('importScreen.mapping.missing', {
            fields: missing.map((field) => t(`import.fields.${field}`)).join(', '),
          })}
        </Alert>
      )}
      <Group gap="xl" align="flex-end">
        <Stack gap={4}>
          <Input.Label id="import-unmapped" labelElement="div">
            {t('importScreen.mapping.unmapped')}
          </Input.Label>
          <SegmentedControl
            aria-labelledby="import-unmapped"
            value={unmapped === 'mixed' ? '' : unmapped}
            onChange={(use) => setMapping(withUnmapped(mapping, use as 'notes' | 'ignore'))}
            data={[
              { value: 'notes', label: t('importScreen.mapping.notes') },
              { value: 'ignore', label: t('importScreen.mapping.ignore') },
            ]}
          />
        </Stack>
        <Select
          label={t('importScreen.mapping.dates')}
          data={(['dmy', 'mdy'] as const).map((order) => ({
            value: order,
            label: t(`importScreen.mapping.dateOrders.${order}`),
          }))}
          value={values.dateOrder}
          allowDeselect={false}
          onChange={(order) => order && setValues({ dateOrder: order as 'dmy' | 'mdy' })}
          w="18rem"
        />
        <Select
          label={t('importScreen.mapping.numbers')}
          data={(['fr', 'en'] as const).map((locale) => ({
            value: locale,
            label: t(`importScreen.mapping.locales.${locale}`),
          }))}
          value={values.locale}
          allowDeselect={false}
          onChange={(locale) => locale && setValues({ locale: locale as 'fr' | 'en' })}
          w="18rem"
        />
        <CurrencyField value={values.currency} onChange={(currency) => setValues({ currency })} />
      </Group>
    </Stack>
  );
}

/** The default currency: three letters, taken once they name a currency. */
function CurrencyField({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('importScreen.mapping.currency')}
      description={t('importScreen.mapping.currencyHint')}
      defaultValue={value}
      maxLength={3}
      w="12rem"
      onChange={(event) => {
        const code = event.currentTarget.value.trim().toUpperCase();
        if (isCurrencyCode(code)) onChange(code);
      }}
      spellCheck={false}
    />
  );
}
