import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconFileCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportRegisterLink } from '../imports/ImportRegisterLink';

/** An empty database: one calm sentence and the first steps (or the import of a register). */
export function DashboardEmpty() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" p="xl" maw="40rem">
      <Stack gap="sm">
        <Title order={2}>{t('partners.dashboard.emptyTitle')}</Title>
        <Text c="dimmed">{t('partners.dashboard.emptyText')}</Text>
        <Group gap="sm" mt="sm">
          <Button
            component={Link}
            to="/cities"
            leftSection={<IconBuildingCommunity size={16} aria-hidden="true" />}
          >
            {t('partners.dashboard.addCity')}
          </Button>
          <Button
            component={Link}
            to="/agreements"
            variant="default"
            leftSection={<IconFileCertificate size={16} aria-hidden="true" />}
          >
            {t('partners.dashboard.openRegister')}
          </Button>
          <ImportRegisterLink />
        </Group>
      </Stack>
    </Paper>
  );
}
