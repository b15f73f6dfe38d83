import { Button, Container, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBuildingCommunity, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import { startEmptySchema } from '../../../../shared/schemas/app';
import { useFormat } from '../../i18n/useFormat';
import { issuesOf, translateIssue } from '../../lib/fieldErrors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLoadSample, useStartEmpty } from './setupMutations';

/** The first screen of a new database: try the Paris example, or name one's own city. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const loadSample = useLoadSample();
  const startEmpty = useStartEmpty();
  const [ownCity, setOwnCity] = useState('');
  const [cityIssue, setCityIssue] = useState<FieldIssue | null>(null);
  const busy = loadSample.isPending || startEmpty.isPending;
  useDocumentTitle(null);

  // mutateAsync rather than mutate's callbacks: once the data is in, the app state refetched
  // by the mutation unmounts this screen, and TanStack Query drops the callbacks of an
  // unmounted screen, which left the user on Home instead of the register now and then.
  const onLoadSample = () =>
    loadSample.mutateAsync().then((loaded) => {
      notifySuccess(
        t('setup.sampleLoaded', {
          agreements: format.number(loaded.agreements),
          cities: format.number(loaded.cities),
          actions: format.number(loaded.actions),
        }),
      );
      void navigate('/agreements');
    }, notifyError);

  const onStartEmpty = () => {
    const parsed = startEmptySchema.safeParse({ ownCity });
    if (!parsed.success) {
      setCityIssue(fieldIssuesFromZod(parsed.error)[0] ?? null);
      return;
    }
    void startEmpty.mutateAsync(parsed.data.ownCity).then(
      () => void navigate('/agreements'),
      (error: unknown) => {
        const issue = issuesOf(error)[0];
        if (issue) setCityIssue(issue);
        else notifyError(error);
      },
    );
  };

  return (
    <Container size="52rem" py="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('setup.title')}</Title>
          <Text c="dimmed">{t('setup.intro')}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="setup-sample">
            <Stack gap="sm" h="100%">
              <IconWorld
                size={28}
                stroke={1.5}
                aria-hidden="true"
                color="var(--mantine-color-indigo-7)"
              />
              <Title order={2} id="setup-sample">
                {t('setup.sampleTitle')}
              </Title>
              <Text fz="sm" flex={1}>
                {t('setup.sampleText')}
              </Text>
              <Button onClick={onLoadSample} loading={loadSample.isPending} disabled={busy}>
                {t('setup.loadSample')}
              </Button>
            </Stack>
          </Paper>
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="setup-empty">
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                onStartEmpty();
              }}
            >
              <Stack gap="sm">
                <IconBuildingCommunity
                  size={28}
                  stroke={1.5}
                  aria-hidden="true"
                  color="var(--mantine-color-indigo-7)"
                />
                <Title order={2} id="setup-empty">
                  {t('setup.emptyTitle')}
                </Title>
                <Text fz="sm">{t('setup.emptyText')}</Text>
                <TextInput
                  label={t('setup.ownCity')}
                  placeholder={t('setup.ownCityPlaceholder')}
                  value={ownCity}
                  onChange={(event) => {
                    setOwnCity(event.currentTarget.value);
                    setCityIssue(null);
                  }}
                  error={cityIssue ? translateIssue(t, cityIssue, format.language) : undefined}
                  withAsterisk
                  maxLength={120}
                />
                <Button
                  type="submit"
                  variant="default"
                  loading={startEmpty.isPending}
                  disabled={busy}
                >
                  {t('setup.startEmpty')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
