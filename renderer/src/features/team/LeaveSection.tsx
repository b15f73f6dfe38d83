import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useLeaveTeam } from './teamQueries';

/** Stops syncing; the register stays as it is on this desktop. Asks first. */
export function LeaveSection({ pending }: { pending: number }) {
  const { t } = useTranslation();
  const leave = useLeaveTeam();
  const confirm = () =>
    modals.openConfirmModal({
      title: t('team.leave.title'),
      children: <Text fz="sm">{t('team.leave.confirm', { count: pending })}</Text>,
      labels: { confirm: t('team.leave.button'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        leave.mutate(undefined, {
          onSuccess: () => notifySuccess(t('team.leave.done')),
          onError: notifyError,
        }),
    });
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="team-leave">
      <Stack gap="xs">
        <Title order={2} id="team-leave" fz="h3">
          {t('team.leave.title')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('team.leave.text')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" loading={leave.isPending} onClick={confirm}>
            {t('team.leave.button')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
