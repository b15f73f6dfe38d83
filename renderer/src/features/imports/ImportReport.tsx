import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconDownload,
  IconFileCertificate,
  IconFileImport,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportChange, ImportResult } from '../../../../shared/schemas/imports';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { notifyError } from '../../lib/notify';
import { downloadBlob } from '../exports/browserDownload';
import { ImportSummary } from './ImportSummary';
import { previewValue } from './previewValue';
import { UndoBatchModal } from './UndoBatchModal';

/** How many lines of reasons and changes the report lists; the CSV holds every refused row. */
const LINES = 100;

interface Props {
  result: ImportResult;
  jobId: string;
  fileName: string;
  onAnother: () => void;
}

/**
 * What an import did: the totals, the rows not imported and why, what changed, the refused
 * rows as a CSV to correct and import again, the way to the agreements, and the undo.
 */
export function ImportReport({ result, jobId, fileName, onAnother }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { language } = format;
  const [undoing, setUndoing] = useState(false);
  const skippedRows = result.changes.filter((change) => change.op === 'skip' && change.reason);
  const changed = result.changes.filter((change) => change.op !== 'skip');
  const refusedRows = result.errors.length;

  const download = async () => {
    try {
      const file = await call('imports:rejected', { jobId, lang: language });
      downloadBlob(new Blob([file.text], { type: file.mime }), file.fileName);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap="md">
      <Alert
        color={result.refused ? 'red' : 'teal'}
        icon={<IconCircleCheck size={20} aria-hidden="true" />}
        title={
          result.refused ? t('importScreen.report.refusedTitle') : t('importScreen.report.title')
        }
        role="status"
      >
        {result.refused
          ? t('importScreen.report.refusedText')
          : t('importScreen.report.text', { file: fileName })}
      </Alert>
      <ImportSummary result={result} />
      <Group gap="sm">
        <Button
          component={Link}
          to="/agreements"
          leftSection={<IconFileCertificate size={16} aria-hidden="true" />}
        >
          {t('importScreen.report.openRegister')}
        </Button>
        {refusedRows > 0 && (
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            onClick={() => void download()}
          >
            {t('importScreen.report.rejectedCsv')}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden="true" />}
          onClick={onAnother}
        >
          {t('importScreen.report.another')}
        </Button>
        {result.batchId && (
          <Button
            color="orange"
            variant="light"
            leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
            onClick={() => setUndoing(true)}
          >
            {t('importScreen.report.undo')}
          </Button>
        )}
      </Group>
      {(refusedRows > 0 || skippedRows.length > 0) && (
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('importScreen.report.reasonsTitle')}
          </Title>
          <List size="sm" spacing={4}>
            {result.errors.slice(0, LINES).map((error) => (
              <List.Item key={`e${error.row}:${error.column ?? '-'}:${error.code}`}>
                {t('importScreen.report.errorLine', {
                  row: error.row,
                  column: error.columnName ? ` (${error.columnName})` : '',
                  message: t(error.code, { ...error.params, defaultValue: error.message }),
                })}
              </List.Item>
            ))}
            {skippedRows.slice(0, LINES).map((change) => (
              <List.Item key={`s${change.row}:${change.entity}`}>
                {t('importScreen.report.skipLine', {
                  row: change.row,
                  label: change.label,
                  reason: t(`importScreen.report.reasons.${change.reason ?? 'invalid'}`),
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {changed.length > 0 && (
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('importScreen.report.changesTitle')}
          </Title>
          <List size="sm" spacing={4}>
            {changed.slice(0, LINES).map((change) => (
              <List.Item key={`c${change.row}:${change.entity}:${change.id ?? ''}`}>
                <ChangeLine change={change} />
              </List.Item>
            ))}
          </List>
          {changed.length > LINES && (
            <Text fz="sm" c="dimmed">
              {t('importScreen.report.moreChanges', {
                count: changed.length - LINES,
                more: format.number(changed.length - LINES),
              })}
            </Text>
          )}
        </Stack>
      )}
      {result.batchId && (
        <UndoBatchModal
          batch={
            undoing ? { id: result.batchId, fileName, createdAt: new Date().toISOString() } : null
          }
          onClose={() => setUndoing(false)}
          onUndone={onAnother}
        />
      )}
    </Stack>
  );
}

/** "Agreement created: Twinning — Rome (1956)", with an update's fields before and after. */
function ChangeLine({ change }: { change: ImportChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields = (change.fields ?? []).map((f) =>
    t('importScreen.report.fieldChange', {
      field: t(`import.fields.${f.field}`, { defaultValue: f.field }),
      before: previewValue(t, format, f.field, f.before) || '—',
      after: previewValue(t, format, f.field, f.after) || '—',
    }),
  );
  return (
    <Text fz="sm" span>
      {t('importScreen.report.changeLine', {
        what: t(
          `importScreen.report.ops.${change.entity}.${change.op === 'update' ? 'update' : 'create'}`,
        ),
        label: change.label,
      })}
      {fields.length > 0 ? ` (${fields.join(', ')})` : ''}
    </Text>
  );
}
