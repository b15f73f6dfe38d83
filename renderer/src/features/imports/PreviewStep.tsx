import { Alert, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { ProblemList } from './ProblemList';
import { PreviewTable } from './PreviewTable';
import type { ImportWizard } from './useImportWizard';

/**
 * The fourth step: the first rows as they will be stored, then every problem at its row and
 * column with the value to fix it or the row to skip. Only the first rows come to the screen,
 * so a 100,000-row file previews as fast as a short one.
 */
export function PreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { preview, mapping } = wizard;
  if (preview.error && !preview.data)
    return (
      <Alert color="red" role="alert">
        {errorMessage(preview.error)}
      </Alert>
    );
  if (!preview.data || !mapping)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('importScreen.preview.checking')}</Text>
      </Group>
    );
  const { rows, problems, counts } = preview.data;
  const problemRows = new Set(problems.map((problem) => problem.row)).size;

  return (
    <Stack gap="md">
      <Group gap="sm" justify="space-between">
        <Text fz="sm" c="dimmed" role="status" aria-live="polite">
          {t('importScreen.preview.shown', {
            shown: format.number(rows.length),
            count: counts.rows,
            rows: format.number(counts.rows),
          })}
        </Text>
        {preview.isFetching && <Loader size="xs" aria-label={t('importScreen.preview.checking')} />}
      </Group>
      <PreviewTable rows={rows} problems={problems} mapping={mapping} />
      <Title order={2} fz="h4">
        {t('importScreen.preview.problemsTitle')}
      </Title>
      {problems.length === 0 ? (
        <Alert color="teal" variant="light">
          {t('importScreen.preview.noProblem')}
        </Alert>
      ) : (
        <>
          <Text fz="sm" fw={500}>
            {t('importScreen.preview.problemsCount', {
              count: problems.length,
              problems: format.number(problems.length),
              rows: format.number(problemRows),
            })}
          </Text>
          <ProblemList
            problems={problems}
            fixes={wizard.fixes}
            skipRows={wizard.skipRows}
            onFix={wizard.setFix}
            onToggleSkip={wizard.toggleSkip}
          />
        </>
      )}
      {counts.invalid > 0 && (
        <Stack gap="xs">
          <Alert color="orange" role="status">
            {t('importScreen.preview.invalidLeft', {
              count: counts.invalid,
              rows: format.number(counts.invalid),
            })}
          </Alert>
          <Checkbox
            label={t('importScreen.preview.skipInvalid')}
            checked={wizard.skipInvalid}
            onChange={(event) => wizard.setSkipInvalid(event.currentTarget.checked)}
          />
        </Stack>
      )}
    </Stack>
  );
}
