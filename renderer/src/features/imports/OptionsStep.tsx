import { Alert, Button, Group, Radio, Stack, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ON_MATCH, type OnMatch } from '../../../../shared/schemas/imports';
import { errorMessage } from '../../lib/notify';
import { ImportSummary } from './ImportSummary';
import { JobProgress } from './JobProgress';
import { jobFailure } from './jobFailure';
import type { ImportWizard } from './useImportWizard';

/**
 * The fifth step: what a row that matches a record already in the register does, then a dry
 * run that says what the import would create, update and skip without saving anything.
 */
export function OptionsStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { dryRun } = wizard;
  const status = dryRun.status;
  const runDry = () => {
    const request = wizard.runRequest(true);
    if (request) void dryRun.start(request);
  };
  const failure = jobFailure(status);
  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('importScreen.options.onMatch')}
        description={t('importScreen.options.onMatchHint')}
        value={wizard.onMatch}
        onChange={(value) => {
          wizard.setOnMatch(value as OnMatch);
          dryRun.reset();
        }}
      >
        <Stack gap="xs" mt="xs">
          {ON_MATCH.map((choice) => (
            <Radio key={choice} value={choice} label={t(`importScreen.options.${choice}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFlask size={16} aria-hidden="true" />}
          onClick={runDry}
          loading={dryRun.running}
        >
          {status?.state === 'done'
            ? t('importScreen.options.dryRunAgain')
            : t('importScreen.options.dryRun')}
        </Button>
      </Group>
      {status?.state === 'running' && <JobProgress status={status} onCancel={dryRun.cancel} stopping={dryRun.stopping} />}
      {status?.state === 'done' && status.result && (
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('importScreen.options.dryRunTitle')}
          </Title>
          <ImportSummary result={status.result} />
        </Stack>
      )}
      {(failure ?? dryRun.error) != null && (
        <Alert color="red" role="alert">
          {failure ?? errorMessage(dryRun.error)}
        </Alert>
      )}
    </Stack>
  );
}
