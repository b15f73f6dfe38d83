import { ActionIcon, Alert, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDownload, IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  type DocumentMeta,
  type DocumentOwnerType,
} from '../../../../shared/schemas/documents';
import { useFormat } from '../../i18n/useFormat';
import { notifyError, notifySuccess } from '../../lib/notify';
import { errorMessage } from '../../lib/notify';
import { base64ToBlob, formatBytes, readAsBase64 } from './fileData';
import classes from './DocumentsPanel.module.css';
import { documentKeys } from './documentKeys';

interface Props {
  ownerType: DocumentOwnerType;
  ownerId: string;
}

interface Upload {
  name: string;
  percent: number;
  /** Shown only when the upload takes long enough for a bar to help (over a second). */
  slow: boolean;
}

/** The documents attached to an agreement or an action: list, upload, download, delete. */
export function DocumentsPanel({ ownerType, ownerId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const list = useQuery({
    queryKey: documentKeys.list(ownerType, ownerId),
    queryFn: () => call('documents:list', { ownerType, ownerId }),
  });

  const remove = useMutation({
    mutationFn: (id: string) => call('documents:delete', { id }),
  });

  const uploadFiles = async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setProblem(
          t('tracking.documents.tooLarge', {
            name: file.name,
            size: formatBytes(file.size, format.language),
            max: MAX_ATTACHMENT_MB,
          }),
        );
        continue;
      }
      const started = performance.now();
      const progress = (percent: number) =>
        setUpload({ name: file.name, percent, slow: performance.now() - started > 1000 });
      progress(0);
      try {
        const dataBase64 = await readAsBase64(file, (loaded) => progress(Math.round(loaded * 90)));
        progress(90);
        await call('documents:upload', {
          ownerType,
          ownerId,
          name: file.name,
          mime: file.type,
          dataBase64,
        });
        notifySuccess(t('tracking.documents.uploaded', { name: file.name }));
      } catch (error) {
        setProblem(errorMessage(error));
      }
    }
    setUpload(null);
  };

  const download = async (doc: DocumentMeta) => {
    try {
      const content = await call('documents:read', { id: doc.id });
      const url = URL.createObjectURL(base64ToBlob(content.dataBase64, content.mime));
      const link = document.createElement('a');
      link.href = url;
      link.download = content.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const confirmDelete = (doc: DocumentMeta) =>
    modals.openConfirmModal({
      title: t('tracking.documents.deleteTitle', { name: doc.name }),
      children: <Text fz="sm">{t('tracking.documents.deleteText')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(doc.id, {
          onSuccess: () => notifySuccess(t('tracking.documents.deleted', { name: doc.name })),
          onError: notifyError,
        }),
    });

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void uploadFiles([...event.dataTransfer.files]);
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={3} id={headingId} fz="md" mb="xs">
        {t('tracking.documents.title')}
      </Title>
      <Stack gap="sm">
        <div
          className={classes.dropZone}
          data-dragging={dragging || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Group gap="sm" wrap="nowrap">
            <IconUpload size={20} aria-hidden="true" />
            <Text fz="sm" c="dimmed" style={{ flex: 1 }}>
              {t('tracking.documents.dropHint', { max: MAX_ATTACHMENT_MB })}
            </Text>
            <label className={classes.chooseButton}>
              {t('tracking.documents.add')}
              <input
                ref={inputRef}
                type="file"
                multiple
                className={classes.fileInput}
                disabled={upload !== null}
                onChange={(event) => {
                  const files = [...(event.currentTarget.files ?? [])];
                  event.currentTarget.value = '';
                  void uploadFiles(files);
                }}
              />
            </label>
          </Group>
        </div>
        {upload && (
          <Stack gap={4} role="status">
            <Text fz="sm">
              {t('tracking.documents.uploading', { name: upload.name, percent: upload.percent })}
            </Text>
            {upload.slow && <Progress value={upload.percent} aria-hidden="true" />}
          </Stack>
        )}
        {problem && (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            onClose={() => setProblem(null)}
            closeButtonLabel={t('common.close')}
          >
            {problem}
          </Alert>
        )}
        {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {list.data && list.data.length === 0 && (
          <Text fz="sm" c="dimmed">
            {t('tracking.documents.empty')}
          </Text>
        )}
        {list.data && list.data.length > 0 && (
          <Stack
            component="ul"
            gap={4}
            className="plainList"
            aria-label={t('tracking.documents.listLabel')}
          >
            {list.data.map((doc) => (
              <Group component="li" key={doc.id} gap="sm" wrap="nowrap" className={classes.item}>
                <IconPaperclip size={16} aria-hidden="true" />
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text fz="sm" fw={500} truncate="end">
                    {doc.name}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {formatBytes(doc.size, format.language)} · {format.timestamp(doc.createdAt)}
                  </Text>
                </Stack>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('tracking.documents.download', { name: doc.name })}
                  onClick={() => void download(doc)}
                >
                  <IconDownload size={16} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('tracking.documents.delete', { name: doc.name })}
                  onClick={() => confirmDelete(doc)}
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
