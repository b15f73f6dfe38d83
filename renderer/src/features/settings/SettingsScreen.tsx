import {
  Button,
  Container,
  DataList,
  Group,
  Paper,
  Radio,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/enums';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import { settingsUpdateSchema } from '../../../../shared/schemas/app';
import { useAppState, useUpdateSettings } from '../../app/appQueries';
import { useFormat } from '../../i18n/useFormat';
import { useLanguage } from '../../i18n/useLanguage';
import { issuesOf, translateIssue } from '../../lib/fieldErrors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The interface language, the name of one's own city, and where the data lives. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useAppState();
  const { language, setLanguage } = useLanguage();
  const save = useUpdateSettings();
  const [ownCity, setOwnCity] = useState(state.data?.ownCity ?? '');
  const [userName, setUserName] = useState(state.data?.userName ?? '');
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  const [nameIssue, setNameIssue] = useState<FieldIssue | null>(null);
  useDocumentTitle(t('settings.title'));

  const submit = () => {
    const parsed = settingsUpdateSchema.safeParse({ ownCity, userName });
    if (!parsed.success) {
      const issues = fieldIssuesFromZod(parsed.error);
      setIssue(issues.find((found) => found.path === 'ownCity') ?? null);
      setNameIssue(issues.find((found) => found.path === 'userName') ?? null);
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: () => notifySuccess(t('settings.saved')),
      onError: (error) => {
        const issues = issuesOf(error);
        const forName = issues.find((found) => found.path === 'userName');
        const forCity = issues.find((found) => found.path !== 'userName');
        if (forName) setNameIssue(forName);
        if (forCity) setIssue(forCity);
        if (!forName && !forCity) notifyError(error);
      },
    });
  };

  return (
    <Container size="40rem" px={0} mx={0}>
      <Stack gap="lg">
        <Title order={1}>{t('settings.title')}</Title>
        <Paper withBorder p="lg" radius="sm">
          <Radio.Group
            label={t('language.label')}
            value={language}
            onChange={(value) => setLanguage(value as Language)}
          >
            <Group gap="lg" mt={6}>
              <Radio value="en" label="English" lang="en" />
              <Radio value="fr" label="Français" lang="fr" />
            </Group>
          </Radio.Group>
        </Paper>
        <Paper withBorder p="lg" radius="sm">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <Stack gap="sm">
              <TextInput
                label={t('settings.ownCity')}
                description={t('settings.ownCityHint')}
                value={ownCity}
                onChange={(event) => {
                  setOwnCity(event.currentTarget.value);
                  setIssue(null);
                }}
                error={issue ? translateIssue(t, issue, format.language) : undefined}
                maxLength={120}
              />
              <TextInput
                label={t('partners.settings.userName')}
                description={t('partners.settings.userNameHint')}
                value={userName}
                onChange={(event) => {
                  setUserName(event.currentTarget.value);
                  setNameIssue(null);
                }}
                error={nameIssue ? translateIssue(t, nameIssue, format.language) : undefined}
                maxLength={120}
                autoComplete="name"
              />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        {state.data && (
          <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="settings-about">
            <Title order={2} id="settings-about" mb="sm">
              {t('settings.about')}
            </Title>
            <DataList size="sm" labelWidth="10rem">
              <DataList.Item>
                <DataList.ItemLabel>{t('settings.version')}</DataList.ItemLabel>
                <DataList.ItemValue>{state.data.version}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('settings.dataDir')}</DataList.ItemLabel>
                <DataList.ItemValue style={{ wordBreak: 'break-all' }}>
                  {state.data.dataDir}
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('settings.contents')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  {t('settings.counts', {
                    agreements: format.number(state.data.counts.agreements),
                    cities: format.number(state.data.counts.cities),
                    actions: format.number(state.data.counts.actions),
                  })}
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
