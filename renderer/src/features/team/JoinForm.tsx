import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  teamConnectionSchema,
  teamJoinSchema,
  type TeamConnectionTest,
} from '../../../../shared/schemas/team';
import { useAppState } from '../../app/appQueries';
import { useFormat } from '../../i18n/useFormat';
import { issuesOf, translateIssue } from '../../lib/fieldErrors';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { useJoinTeam, useTestConnection } from './teamQueries';

type Field = 'url' | 'name' | 'password';
type Mode = 'upload' | 'download';

/**
 * Connect to a team: the server's address, one's name, the password (sent to main, kept there
 * encrypted, never shown back). "Test the connection" says plainly what is wrong; a desktop that
 * already has a register chooses to share it with an empty team or to download the team's.
 */
export function JoinForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const app = useAppState();
  const test = useTestConnection();
  const join = useJoinTeam();
  const [url, setUrl] = useState('');
  const [name, setName] = useState(app.data?.userName ?? '');
  const [password, setPassword] = useState('');
  const [mode, setMode] = useState<Mode>('download');
  const [errors, setErrors] = useState<Partial<Record<Field, FieldIssue>>>({});
  const hasRegister = app.data !== undefined && !app.data.empty;
  const teamHasMembers = test.data?.ok === true && test.data.members > 0;

  const showIssues = (issues: readonly FieldIssue[]) => {
    const next: Partial<Record<Field, FieldIssue>> = {};
    for (const issue of issues) {
      const field = issue.path.split('.')[0] as Field;
      if (field === 'url' || field === 'name' || field === 'password') next[field] ??= issue;
    }
    setErrors(next);
    return Object.keys(next).length > 0;
  };
  const errorOf = (field: Field) => {
    const issue = errors[field];
    return issue ? translateIssue(t, issue, format.language) : undefined;
  };
  const connection = () => ({ url, ...(password ? { password } : {}) });

  const runTest = () => {
    join.reset();
    const parsed = teamConnectionSchema.safeParse(connection());
    if (!parsed.success) return void showIssues(fieldIssuesFromZod(parsed.error));
    setErrors({});
    test.mutate(parsed.data, {
      onSuccess: (found) => {
        if (found.ok && found.members > 0) setMode('download');
      },
    });
  };

  const runJoin = () => {
    const input = {
      ...connection(),
      name,
      mode: hasRegister ? (teamHasMembers ? 'download' : mode) : 'auto',
    } as const;
    const parsed = teamJoinSchema.safeParse(input);
    if (!parsed.success) return void showIssues(fieldIssuesFromZod(parsed.error));
    setErrors({});
    join.mutate(parsed.data, {
      onSuccess: () => {
        setPassword('');
        notifySuccess(t('team.joined'));
      },
      onError: (error) => void showIssues(issuesOf(error)),
    });
  };

  const set = (field: Field, value: string, setter: (value: string) => void) => {
    setter(value);
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="team-join">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          runJoin();
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="team-join" fz="h3">
            {t('team.connect.title')}
          </Title>
          <TextInput
            label={t('team.connect.url')}
            description={t('team.connect.urlHint')}
            value={url}
            onChange={(event) => set('url', event.currentTarget.value, setUrl)}
            error={errorOf('url')}
            maxLength={2000}
            spellCheck={false}
            autoComplete="off"
            required
          />
          <TextInput
            label={t('team.connect.name')}
            description={t('team.connect.nameHint')}
            value={name}
            onChange={(event) => set('name', event.currentTarget.value, setName)}
            error={errorOf('name')}
            maxLength={120}
            autoComplete="name"
            required
          />
          <PasswordInput
            label={t('team.connect.password')}
            description={t('team.connect.passwordHint')}
            value={password}
            onChange={(event) => set('password', event.currentTarget.value, setPassword)}
            error={errorOf('password')}
            maxLength={500}
            autoComplete="new-password"
          />
          {test.data && <TestAnswer answer={test.data} />}
          {test.isError && (
            <Alert color="red" role="alert">
              {errorMessage(test.error)}
            </Alert>
          )}
          {hasRegister && (
            <Radio.Group
              label={t('team.mode.label')}
              value={teamHasMembers ? 'download' : mode}
              onChange={(value) => setMode(value as Mode)}
            >
              <Stack gap="xs" mt={6}>
                <Radio
                  value="upload"
                  label={t('team.mode.share')}
                  description={
                    teamHasMembers ? t('team.mode.shareRefused') : t('team.mode.shareHint')
                  }
                  disabled={teamHasMembers}
                />
                <Radio
                  value="download"
                  label={t('team.mode.download')}
                  description={t('team.mode.downloadHint')}
                />
              </Stack>
            </Radio.Group>
          )}
          {join.isError && issuesOf(join.error).length === 0 && (
            <Alert color="red" role="alert">
              {errorMessage(join.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconPlugConnected size={16} aria-hidden="true" />}
              loading={test.isPending}
              loaderProps={{ 'aria-label': t('team.connect.testing') }}
              onClick={runTest}
            >
              {t('team.connect.test')}
            </Button>
            <Button
              type="submit"
              loading={join.isPending}
              loaderProps={{ 'aria-label': t('team.connect.joining') }}
            >
              {t('team.connect.join')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** What the test found, in a sentence: the server answers (and who is in), or why not. */
function TestAnswer({ answer }: { answer: TeamConnectionTest }) {
  const { t } = useTranslation();
  if (!answer.ok) {
    return (
      <Alert color="red" role="alert">
        {answer.error
          ? t(answer.error.key, { ...answer.error.params, defaultValue: answer.error.message })
          : t('errors.internal')}
      </Alert>
    );
  }
  return (
    <Alert color="teal" role="status">
      <Text fz="sm">
        {answer.members > 0
          ? `${t('team.test.ok')} ${t('team.test.members', { count: answer.members })}`
          : t('team.test.okEmpty')}
        {answer.serverVersion ? ` (${answer.serverVersion})` : ''}
      </Text>
    </Alert>
  );
}
