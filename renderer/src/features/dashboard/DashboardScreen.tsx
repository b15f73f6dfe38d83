import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionRow } from '../../../../shared/schemas/actions';
import type { DashboardSummary } from '../../../../shared/schemas/overview';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ActionStatusBadge } from './ActionStatusBadge';
import { dashboardQueries, localToday } from './dashboardQueries';
import { DashboardEmpty } from './DashboardEmpty';
import { RecentChanges } from './RecentChanges';
import { StatCards } from './StatCards';
import { recordLinks } from './links';

/** Home: what needs attention (follow-ups), what is going on, what changed, and the counts. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = localToday();
  const summary = useQuery(dashboardQueries.summary(today));
  useDocumentTitle(t('partners.dashboard.title'));
  const data = summary.data;
  const empty = data !== undefined && data.counts.cities === 0 && data.counts.agreements === 0;

  return (
    <Stack gap="lg" maw="78rem">
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t('partners.dashboard.title')}</Title>
        <Text c="dimmed" fz="sm">
          {t('partners.dashboard.today', { date: format.partialDate(today) })}
        </Text>
      </Group>
      {summary.isPending && <Loader aria-label={t('app.loading')} />}
      {summary.isError && (
        <Alert color="red" role="alert" title={t('partners.dashboard.loadError')}>
          {errorMessage(summary.error)}
        </Alert>
      )}
      {empty && <DashboardEmpty />}
      {data && !empty && <DashboardBody data={data} />}
    </Stack>
  );
}

function DashboardBody({ data }: { data: DashboardSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <StatCards counts={data.counts} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Panel
          id="home-follow-ups"
          title={t('partners.dashboard.followUps')}
          hint={t('partners.dashboard.followUpsHint')}
          total={data.followUpsDueTotal}
          empty={t('partners.dashboard.noFollowUps')}
        >
          {data.followUpsDue.map((action) => {
            const due = action.followUpOn ?? '';
            const overdue = due < data.today;
            return (
              <ActionLine
                key={action.id}
                action={action}
                aside={
                  overdue ? (
                    <Badge
                      color="red"
                      variant="filled"
                      radius="sm"
                      tt="none"
                      leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
                    >
                      {t('partners.dashboard.overdue')} · {format.partialDate(due, 'short')}
                    </Badge>
                  ) : (
                    <Text component="span" fz="sm" c="dimmed">
                      {t('partners.dashboard.dueOn', { date: format.partialDate(due, 'short') })}
                    </Text>
                  )
                }
              />
            );
          })}
        </Panel>
        <Panel
          id="home-in-progress"
          title={t('partners.dashboard.inProgress')}
          total={data.inProgressTotal}
          empty={t('partners.dashboard.noInProgress')}
        >
          {data.inProgress.map((action) => (
            <ActionLine
              key={action.id}
              action={action}
              aside={<ActionStatusBadge status={action.status} />}
            />
          ))}
        </Panel>
      </SimpleGrid>
      <RecentChanges entries={data.recentChanges} />
    </>
  );
}

interface PanelProps {
  id: string;
  title: string;
  hint?: string;
  total: number;
  empty: string;
  children: ReactNode[];
}

/** A titled list of the home screen. */
function Panel({ id, title, hint, total, empty, children }: PanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="baseline" mb={hint ? 2 : 'sm'}>
        <Title order={2} id={id} fz="h3">
          {title}
        </Title>
        <Text fz="sm" c="dimmed" className="tabular">
          {format.number(total)}
        </Text>
      </Group>
      {hint && (
        <Text fz="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
      {total > children.length && (
        <Anchor component={Link} to="/actions" fz="sm" mt="xs" display="inline-block">
          {t('partners.dashboard.more', { count: total })}
        </Anchor>
      )}
    </Paper>
  );
}

/** An action with its partner city, linking to the action. */
function ActionLine({ action, aside }: { action: ActionRow; aside: ReactNode }) {
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      py={6}
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <div style={{ minWidth: 0 }}>
        <Anchor component={Link} to={recordLinks.action(action.id)} fz="sm" fw={600} lineClamp={1}>
          {action.title}
        </Anchor>
        <Anchor component={Link} to={recordLinks.city(action.cityId)} fz="xs" c="dimmed">
          {action.cityName}
        </Anchor>
      </div>
      <div style={{ flexShrink: 0 }}>{aside}</div>
    </Group>
  );
}
