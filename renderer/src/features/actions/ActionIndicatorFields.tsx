import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { newKey, type ActionFieldsProps, type IndicatorValues } from './actionForm';
import { decimalSeparator, groupSeparator } from './money';

/** The action's indicators: one row each (name, unit, target, achieved), added and removed in place. */
export function ActionIndicatorFields({ values, set, error }: ActionFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const decimal = decimalSeparator(format.language);
  const group = groupSeparator(format.language);

  const setIndicator = (index: number, patch: Partial<IndicatorValues>) =>
    set(
      'indicators',
      values.indicators.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      `indicators.${index}.${Object.keys(patch)[0] ?? ''}`,
    );

  return (
    <Fieldset legend={t('tracking.field.indicators')}>
      <Stack gap="xs">
        {values.indicators.length === 0 && (
          <Text fz="sm" c="dimmed">
            {t('tracking.detail.noIndicators')}
          </Text>
        )}
        {values.indicators.map((row, index) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('tracking.field.indicatorName')}
              value={row.name}
              onChange={(event) => setIndicator(index, { name: event.currentTarget.value })}
              error={error(`indicators.${index}.name`)}
              style={{ flex: 2 }}
              withAsterisk
            />
            <TextInput
              label={t('tracking.field.indicatorUnit')}
              value={row.unit}
              onChange={(event) => setIndicator(index, { unit: event.currentTarget.value })}
              error={error(`indicators.${index}.unit`)}
              style={{ flex: 1 }}
            />
            <NumberInput
              label={t('tracking.field.indicatorTarget')}
              value={row.target}
              onChange={(value) =>
                setIndicator(index, { target: value === '' ? '' : Number(value) })
              }
              error={error(`indicators.${index}.target`)}
              decimalSeparator={decimal}
              thousandSeparator={group}
              min={0}
              style={{ flex: 1 }}
            />
            <NumberInput
              label={t('tracking.field.indicatorAchieved')}
              value={row.achieved}
              onChange={(value) =>
                setIndicator(index, { achieved: value === '' ? '' : Number(value) })
              }
              error={error(`indicators.${index}.achieved`)}
              decimalSeparator={decimal}
              thousandSeparator={group}
              min={0}
              style={{ flex: 1 }}
            />
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={t('tracking.form.removeIndicator', { index: index + 1 })}
              onClick={() =>
                set(
                  'indicators',
                  values.indicators.filter((_, i) => i !== index),
                )
              }
            >
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() =>
              set('indicators', [
                ...values.indicators,
                { key: newKey(), name: '', unit: '', target: '', achieved: '' },
              ])
            }
          >
            {t('tracking.form.addIndicator')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
