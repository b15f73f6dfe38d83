import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { spentCurrency } from '../../../../shared/domain/trackingRules';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { useFormat } from '../../i18n/useFormat';
import { ActionStatusBadge, ThemeBadges } from './ActionBadges';
import { actionDates } from './actionColumns';
import { formatMoney } from './money';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      <Text component="dd" fz="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** Every field of an action, as a description list; empty fields say so. */
export function ActionFacts({ action }: { action: ActionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = (
    <Text component="span" c="dimmed" fz="sm">
      {t('common.notRecorded')}
    </Text>
  );
  const text = (value: string) => (value.trim() ? value : none);
  const planned = action.budgetPlanned ? formatMoney(action.budgetPlanned, format.language) : null;
  const currency = spentCurrency(action);
  const spent =
    action.budgetSpent && currency
      ? formatMoney({ amountMinor: action.budgetSpent.amountMinor, currency }, format.language)
      : null;

  return (
    <Stack gap="md">
      <Group gap="sm">
        <ActionStatusBadge status={action.status} />
        <Text fz="sm">{t(`enums.actionKind.${action.kind}`)}</Text>
        <Text fz="sm" c="dimmed" className="tabular">
          {actionDates(action, format)}
        </Text>
      </Group>
      <Stack component="dl" gap="sm" m={0}>
        <Fact label={t('tracking.field.agreement')}>
          <Anchor component={Link} to={`/agreements?open=${action.agreementId}`} fz="sm">
            {t('tracking.detail.partner', {
              city: action.cityName,
              country: format.country(action.country),
            })}
            {' · '}
            {action.agreementTitle || format.partialDate(action.agreementSignedOn)}
          </Anchor>
        </Fact>
        <Fact label={t('tracking.field.place')}>{text(action.place)}</Fact>
        <Fact label={t('tracking.field.leadDepartment')}>{text(action.leadDepartment)}</Fact>
        <Fact label={t('tracking.field.partnerCounterpart')}>
          {text(action.partnerCounterpart)}
        </Fact>
        <Fact label={t('tracking.field.budgetPlanned')}>{planned ?? none}</Fact>
        <Fact label={t('tracking.field.budgetSpent')}>{spent ?? none}</Fact>
        <Fact label={t('tracking.field.fundingSource')}>{text(action.fundingSource)}</Fact>
        <Fact label={t('tracking.field.followUpOn')}>
          {action.followUpOn ? format.partialDate(action.followUpOn) : none}
        </Fact>
        <Fact label={t('tracking.field.outcomes')}>{text(action.outcomes)}</Fact>
        <Fact label={t('tracking.field.residentBenefits')}>{text(action.residentBenefits)}</Fact>
        <Fact label={t('tracking.field.notes')}>{text(action.notes)}</Fact>
      </Stack>
      <section aria-labelledby="action-themes">
        <Title order={3} id="action-themes" fz="md" mb={6}>
          {t('tracking.field.themes')}
        </Title>
        {action.themes.length > 0 ? (
          <ThemeBadges themes={action.themes} label={t('tracking.field.themes')} />
        ) : (
          none
        )}
      </section>
      <section aria-labelledby="action-contacts">
        <Title order={3} id="action-contacts" fz="md" mb={6}>
          {t('tracking.field.contacts')}
        </Title>
        {action.participants.length === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('tracking.detail.noParticipants')}
          </Text>
        ) : (
          <Stack component="ul" gap={4} className="plainList">
            {action.participants.map((p) => (
              <Text component="li" key={p.contactId} fz="sm">
                <b>{p.name}</b>
                {p.organisation && ` · ${p.organisation}`}
                <Text component="span" c="dimmed" fz="xs">
                  {' · '}
                  {t(`tracking.role.${p.role}`)} · {t(`tracking.side.${p.side}`)}
                </Text>
              </Text>
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="action-indicators">
        <Title order={3} id="action-indicators" fz="md" mb={6}>
          {t('tracking.field.indicators')}
        </Title>
        {action.indicators.length === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('tracking.detail.noIndicators')}
          </Text>
        ) : (
          <Table aria-labelledby="action-indicators" fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tracking.field.indicatorName')}</Table.Th>
                <Table.Th ta="right">{t('tracking.field.indicatorTarget')}</Table.Th>
                <Table.Th ta="right">{t('tracking.field.indicatorAchieved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {action.indicators.map((indicator) => (
                <Table.Tr key={indicator.id}>
                  <Table.Td>
                    {indicator.name}
                    {indicator.unit && (
                      <Text component="span" c="dimmed" fz="xs">{` (${indicator.unit})`}</Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {indicator.target === null ? '—' : format.number(indicator.target)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {indicator.achieved === null ? '—' : format.number(indicator.achieved)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <Text fz="xs" c="dimmed">
        {t('tracking.field.updatedAt')}: {format.timestamp(action.updatedAt)}
      </Text>
    </Stack>
  );
}
