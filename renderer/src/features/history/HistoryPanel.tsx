import { Alert, Button, Loader, Stack, Text, Timeline, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import type { AuditedEntity, HistoryEntry } from '../../../../shared/schemas/history';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { formatMoney } from '../actions/money';
import { pagedQueryOptions } from '../../lib/pagedQuery';
import { historyKeys } from './historyKeys';

interface Props {
  entityType: AuditedEntity;
  entityId: string;
}

const PAGE = 50;

/** A field's label: the tracking forms' wording, else the agreement's, else its name. */
export function fieldLabel(
  t: TFunction,
  i18nExists: (key: string) => boolean,
  field: string,
): string {
  for (const key of [`tracking.field.${field}`, `agreement.${field}`, `city.${field}`]) {
    if (i18nExists(key)) return t(key);
  }
  return field;
}

export type Format = ReturnType<typeof useFormat>;

/** A before or after value as a person reads it. */
export function valueText(t: TFunction, format: Format, value: unknown): string {
  if (value === null || value === undefined || value === '')
    return t('tracking.history.empty_value');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    if (isPartialDate(value)) return format.partialDate(value);
    for (const key of [
      `enums.actionStatus.${value}`,
      `enums.actionKind.${value}`,
      `enums.agreementStatus.${value}`,
      `enums.agreementKind.${value}`,
    ]) {
      const text = t(key, { defaultValue: '' });
      if (text) return text;
    }
    return value.length > 120 ? `${value.slice(0, 117)}…` : value;
  }
  if (typeof value === 'object' && 'amountMinor' in value && 'currency' in value) {
    const money = value as { amountMinor: number; currency: string | null };
    if (money.currency)
      return formatMoney(
        { amountMinor: money.amountMinor, currency: money.currency },
        format.language,
      );
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('tracking.history.empty_value')
      : value
          .map((item) =>
            item && typeof item === 'object'
              ? String(
                  (item as Record<string, unknown>).labelEn ??
                    (item as Record<string, unknown>).name ??
                    JSON.stringify(item),
                )
              : String(item),
          )
          .join(', ');
  }
  return JSON.stringify(value);
}

/** Who changed what and when, newest first, field by field. */
export function HistoryPanel({ entityType, entityId }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const history = useInfiniteQuery(
    pagedQueryOptions(historyKeys.of(entityType, entityId), (offset) =>
      call('history:list', { entityType, entityId, limit: PAGE, offset }),
    ),
  );
  const entries: HistoryEntry[] = history.data?.pages.flatMap((page) => page.rows) ?? [];
  const exists = (key: string) => i18n.exists(key);

  return (
    <section aria-labelledby={headingId}>
      <Title order={3} id={headingId} fz="md" mb="xs">
        {t('tracking.history.title')}
      </Title>
      {history.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {history.isError && (
        <Alert color="red" role="alert">
          {errorMessage(history.error)}
        </Alert>
      )}
      {history.data && entries.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('tracking.history.empty')}
        </Text>
      )}
      {entries.length > 0 && (
        <Timeline bulletSize={12} lineWidth={2} aria-label={t('tracking.history.title')}>
          {entries.map((entry) => {
            const changes = Object.entries(entry.changes);
            const sub = entry.entityType !== entityType;
            return (
              <Timeline.Item
                key={entry.id}
                title={
                  <Text fz="sm" fw={600} component="span">
                    {t(`tracking.history.action.${entry.action}`)}
                    {sub && ` · ${t(`tracking.history.entity.${entry.entityType}`)} ${entry.label}`}
                  </Text>
                }
              >
                <Text fz="xs" c="dimmed">
                  <time dateTime={entry.at}>{format.timestamp(entry.at)}</time>
                  {' · '}
                  {t('tracking.history.by', {
                    user: entry.user || t('tracking.history.anonymous'),
                  })}
                </Text>
                {entry.action === 'update' && changes.length > 0 && (
                  <Stack component="ul" gap={2} mt={4} className="plainList">
                    {changes.map(([field, [before, after]]) => (
                      <Text component="li" fz="sm" key={field}>
                        {t('tracking.history.changeLabel', {
                          field: fieldLabel(t, exists, field),
                          before: valueText(t, format, before),
                          after: valueText(t, format, after),
                        })}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      {history.hasNextPage && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="xs"
          loading={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('tracking.history.loadMore')}
        </Button>
      )}
    </section>
  );
}
