import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/notify';
import { ImportReport } from './ImportReport';
import { JobProgress } from './JobProgress';
import { jobFailure } from './jobFailure';
import type { ImportWizard } from './useImportWizard';

/** The last step: the import running (with its progress and Cancel), then its report. */
export function CommitStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { run } = wizard;
  const status = run.status;
  const failure = jobFailure(status) ?? (run.error != null ? errorMessage(run.error) : null);
  return (
    <Stack gap="md">
      {status?.state === 'running' && <JobProgress status={status} onCancel={run.cancel} stopping={run.stopping} />}
      {status?.state === 'done' && status.result && (
        <ImportReport
          result={status.result}
          jobId={status.jobId}
          fileName={wizard.file?.name ?? ''}
          onAnother={wizard.restart}
        />
      )}
      {failure && (
        <Stack gap="sm">
          <Alert color="red" role="alert">
            {failure}
          </Alert>
          <Group>
            <Button variant="default" onClick={() => wizard.setStep('options')}>
              {t('common.back')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
