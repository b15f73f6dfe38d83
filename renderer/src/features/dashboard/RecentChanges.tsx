import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import type { HistoryEntry } from '../../../../shared/schemas/history';
import { useFormat } from '../../i18n/useFormat';
import { linkOfChange } from './links';

/** Who changed what, and when: newest first, each line leading to its record. */
export function RecentChanges({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="home-recent">
      <Title order={2} id="home-recent" fz="h3" mb="sm">
        {t('partners.dashboard.recent')}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('partners.dashboard.noRecent')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => {
            const to = linkOfChange(entry);
            // A version is recorded as "amendment 2014-05": read it in the reader's language.
            const version = /^(original|renewal|amendment|new_pact) (\S+)$/.exec(entry.label);
            const label =
              entry.entityType === 'agreement_version' && version && isPartialDate(version[2] ?? '')
                ? `${t(`partners.versions.kinds.${version[1]}`)} · ${format.partialDate(version[2] ?? '')}`
                : entry.label;
            const what = `${t(`partners.dashboard.entity.${entry.entityType}`)} ${t(
              `partners.dashboard.audit.${entry.action}`,
            )}`;
            return (
              <Group
                key={entry.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                py={6}
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              >
                <Text fz="sm" style={{ minWidth: 0 }} truncate>
                  <Text component="span" fz="sm" c="dimmed">
                    {what} ·{' '}
                  </Text>
                  {to ? (
                    <Anchor component={Link} to={to} fz="sm" fw={600}>
                      {label}
                    </Anchor>
                  ) : (
                    <Text component="span" fz="sm" fw={600}>
                      {label}
                    </Text>
                  )}
                </Text>
                <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('partners.dashboard.change', {
                    who: entry.user || t('partners.dashboard.someone'),
                    when: format.timestamp(entry.at),
                  })}
                </Text>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
