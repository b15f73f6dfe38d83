import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTION_STATUSES, AGREEMENT_STATUSES } from '../../../../shared/domain/enums';
import type { DashboardSummary } from '../../../../shared/schemas/overview';
import { useFormat } from '../../i18n/useFormat';

type Counts = DashboardSummary['counts'];

/** Partners, agreements by status, actions by status, contacts: each card opens its list. */
export function StatCards({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const breakdown = (
    statuses: readonly string[],
    byStatus: Record<string, number>,
    prefix: string,
  ) =>
    statuses
      .filter((status) => (byStatus[status] ?? 0) > 0)
      .map((status) => `${t(`${prefix}.${status}`)} ${format.number(byStatus[status] ?? 0)}`)
      .join(' · ');
  const cards = [
    { to: '/cities', label: t('partners.dashboard.partners'), value: counts.cities, detail: '' },
    {
      to: '/agreements',
      label: t('partners.dashboard.agreements'),
      value: counts.agreements,
      detail: breakdown(AGREEMENT_STATUSES, counts.agreementsByStatus, 'enums.agreementStatus'),
    },
    {
      to: '/actions',
      label: t('partners.dashboard.actions'),
      value: counts.actions,
      detail: breakdown(ACTION_STATUSES, counts.actionsByStatus, 'enums.actionStatus'),
    },
    {
      to: '/contacts',
      label: t('partners.dashboard.contacts'),
      value: counts.contacts,
      detail: '',
    },
  ];
  return (
    <section aria-label={t('partners.dashboard.countsLabel')}>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        {cards.map((card) => (
          <UnstyledButton key={card.to} component={Link} to={card.to}>
            <Paper withBorder radius="sm" p="md" h="100%">
              <Text fz="sm" c="dimmed" fw={600}>
                {card.label}
              </Text>
              <Text fz={32} fw={700} lh={1.2} className="tabular">
                {format.number(card.value)}
              </Text>
              {card.detail && (
                <Text fz="xs" c="dimmed">
                  {card.detail}
                </Text>
              )}
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </section>
  );
}
