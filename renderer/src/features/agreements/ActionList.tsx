import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/domain/enums';
import type { ActionSummary } from '../../../../shared/schemas/actions';
import { useFormat } from '../../i18n/useFormat';

const STATUS_COLOR: Record<ActionStatus, string> = {
  planned: 'blue',
  ongoing: 'indigo',
  done: 'teal',
  cancelled: 'gray',
};

/** The project actions carried out under an agreement. */
export function ActionList({ actions }: { actions: ActionSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="actions-heading">
      <Title order={3} id="actions-heading" mb="xs">
        {t('detail.actionsTitle', { count: actions.length })}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('detail.noActions')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="plainList">
          {actions.map((action) => {
            const dates = [action.startOn, action.endOn]
              .filter((date): date is string => date !== null)
              .map((date) => format.partialDate(date));
            return (
              <Paper component="li" key={action.id} withBorder p="sm" radius="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Anchor component={Link} to={`/actions?open=${action.id}`} fw={600} fz="sm">
                    {action.title}
                  </Anchor>
                  <Badge
                    color={STATUS_COLOR[action.status]}
                    variant="light"
                    tt="none"
                    radius="sm"
                    className="noShrink"
                  >
                    {t(`enums.actionStatus.${action.status}`)}
                  </Badge>
                </Group>
                <Text fz="xs" c="dimmed" mt={2}>
                  {t(`enums.actionKind.${action.kind}`)}
                  {dates.length > 0 && ` · ${dates.join(' – ')}`}
                </Text>
                {action.themes.length > 0 && (
                  <Group gap={4} mt={6} aria-label={t('detail.themes')} role="list">
                    {action.themes.map((theme) => (
                      <Badge
                        key={theme.id}
                        role="listitem"
                        variant="default"
                        tt="none"
                        radius="sm"
                        fw={500}
                      >
                        {format.language === 'fr' ? theme.labelFr : theme.labelEn}
                      </Badge>
                    ))}
                  </Group>
                )}
                {action.notes && (
                  <Text fz="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
                    {action.notes}
                  </Text>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
