import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvSeparator, ExportFormat, ExportStatus } from '../../../../shared/reports/requests';
import type { ChosenFile } from '../../../../shared/schemas/fileHandles';
import { ApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { localToday } from '../dashboard/dashboardQueries';
import { triggerDownload } from './browserDownload';
import {
  exportStartRequest,
  exportTarget,
  POLL_MS,
  PROGRESS_DELAY_MS,
  saveDialogOptions,
  type ExportSubject,
} from './exportFlow';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one export at a time: the desktop's save dialog (or the preview's download), the job
 * in main, polling its progress, a progress dialog when it takes a while, and the outcome as a
 * notification. The job keeps running if the screen is left; its notification still shows.
 */
export function useExport() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [job, setJob] = useState<ExportStatus | null>(null);
  const [format, setFormat] = useState<ExportFormat | null>(null);
  // The job whose progress dialog is due, and the one the user hid.
  const [dueFor, setDueFor] = useState<string | null>(null);
  const [hiddenFor, setHiddenFor] = useState<string | null>(null);
  const busy = useRef(false);

  const running = job?.state === 'running';
  const runningId = running ? job.jobId : null;
  // The dialog appears only for an export still running after PROGRESS_DELAY_MS.
  useEffect(() => {
    if (!runningId) return;
    const timer = setTimeout(() => setDueFor(runningId), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [runningId]);

  const finish = useCallback(
    async (status: ExportStatus, download: boolean) => {
      if (status.state === 'done') {
        if (download) {
          triggerDownload(await call('exports:download', { jobId: status.jobId }));
          notifySuccess(t('reports.export.downloaded', { file: status.fileName }));
        } else {
          notifySuccess(t('reports.export.saved', { file: status.file ?? status.fileName }));
        }
      } else if (status.state === 'failed') {
        const message = status.error
          ? errorMessage(new ApiError('exports:status', status.error))
          : errorMessage(null);
        notifications.show({
          color: 'red',
          title: t('reports.export.failed'),
          message,
          autoClose: 10_000,
        });
      } else if (status.state === 'cancelled') {
        notifications.show({ color: 'gray', message: t('errors.reports.cancelled') });
      }
    },
    [t],
  );

  const start = useCallback(
    async (subject: ExportSubject, chosen: ExportFormat, csvSeparator: CsvSeparator) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const label = t(`reports.export.formats.${chosen}`);
        let file: ChosenFile | null = null;
        const bridge = window.accords;
        if (bridge?.chooseSaveFile) {
          const title = t('reports.export.dialogTitle', { format: label });
          file = await bridge.chooseSaveFile(
            saveDialogOptions(subject.fileStem, chosen, label, title),
          );
          if (file === null) return;
        }
        setFormat(chosen);
        const payload = exportStartRequest({
          subject,
          format: chosen,
          csvSeparator,
          target: exportTarget(file),
          lang: language,
          today: localToday(),
        });
        let status = await call('exports:start', payload);
        setJob(status);
        while (status.state === 'running') {
          await wait(POLL_MS);
          status = await call('exports:status', { jobId: status.jobId });
          setJob(status);
        }
        await finish(status, file === null);
      } catch (error) {
        notifyError(error);
      } finally {
        busy.current = false;
        setJob((current) => (current?.state === 'running' ? null : current));
      }
    },
    [t, language, finish],
  );

  const cancel = useCallback(() => {
    if (!job || job.state !== 'running') return;
    call('exports:cancel', { jobId: job.jobId }).then(setJob, notifyError);
  }, [job]);

  return {
    start,
    cancel,
    hideProgress: () => setHiddenFor(runningId),
    job,
    format,
    running,
    showProgress: runningId !== null && dueFor === runningId && hiddenFor !== runningId,
  };
}
