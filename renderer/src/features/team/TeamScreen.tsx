import {
  Alert,
  Button,
  Center,
  Container,
  EmptyState,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ConflictList } from './ConflictList';
import { JoinForm } from './JoinForm';
import { LeaveSection } from './LeaveSection';
import { MemberList } from './MemberList';
import { SyncPanel } from './SyncPanel';
import { teamQueries } from './teamQueries';

/**
 * Team sharing: alone, what a team is and how to join one; in a team, how sync stands, the
 * conflicts to settle, the members, and the way out.
 */
export function TeamScreen() {
  const { t } = useTranslation();
  const status = useQuery(teamQueries.status());
  useDocumentTitle(t('team.title'));

  return (
    <Container size="64rem" px={0} mx={0}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('team.title')}</Title>
          <Text c="dimmed" maw="44rem">
            {t('team.intro')}
          </Text>
        </Stack>
        {status.isPending && (
          <Center p="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        {status.isError && (
          <Alert color="red" role="alert">
            {errorMessage(status.error)}
            <Group mt="sm">
              <Button size="xs" variant="default" onClick={() => void status.refetch()}>
                {t('common.retry')}
              </Button>
            </Group>
          </Alert>
        )}
        {status.data && !status.data.joined && (
          <>
            <EmptyState
              py="lg"
              icon={<IconUser size={32} stroke={1.5} aria-hidden="true" />}
              withIndicatorBackground
            >
              <EmptyState.Title order={2}>{t('team.alone.title')}</EmptyState.Title>
              <EmptyState.Description maw="40rem">{t('team.alone.text')}</EmptyState.Description>
            </EmptyState>
            <JoinForm />
          </>
        )}
        {status.data?.joined && (
          <>
            <SyncPanel status={status.data} />
            <ConflictList />
            <MemberList members={status.data.members} />
            <LeaveSection pending={status.data.pending} />
          </>
        )}
      </Stack>
    </Container>
  );
}
