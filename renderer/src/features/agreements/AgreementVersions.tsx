import { ActionIcon, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementVersion } from '../../../../shared/schemas/versions';
import { useFormat } from '../../i18n/useFormat';
import { notifySuccess } from '../../lib/notify';
import { errorMessage } from '../../lib/notify';
import { VersionFormModal, type VersionFormTarget } from './VersionFormModal';
import { versionQueries, useDeleteVersion } from './versionQueries';
import { VersionTimeline } from './VersionTimeline';

/** "History of the agreement": its versions, oldest first, with add, edit and delete. */
export function AgreementVersions({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useQuery(versionQueries.list(agreementId));
  const remove = useDeleteVersion();
  const [target, setTarget] = useState<VersionFormTarget | null>(null);
  const list = versions.data ?? [];
  const describe = (version: AgreementVersion) => ({
    kind: t(`partners.versions.kinds.${version.kind}`),
    date: format.partialDate(version.date),
  });

  const confirmDelete = (version: AgreementVersion) =>
    modals.openConfirmModal({
      title: t('partners.versions.deleteTitle'),
      children: <Text fz="sm">{t('partners.versions.deleteText', describe(version))}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(version.id, {
          onSuccess: () => notifySuccess(t('partners.versions.deleted')),
          onError: (error) =>
            notifications.show({ color: 'red', message: errorMessage(error), autoClose: 10_000 }),
        }),
    });

  return (
    <section aria-labelledby="agreement-versions">
      <Group justify="space-between" mb="xs">
        <Title order={3} id="agreement-versions" fz="h4">
          {t('partners.versions.title')}
        </Title>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden="true" />}
          onClick={() =>
            setTarget({
              mode: 'create',
              agreementId,
              hasOriginal: list.some((version) => version.kind === 'original'),
            })
          }
        >
          {t('partners.versions.add')}
        </Button>
      </Group>
      {versions.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {versions.isError && (
        <Text c="red" fz="sm" role="alert">
          {errorMessage(versions.error)}
        </Text>
      )}
      {versions.data && list.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('partners.versions.empty')}
        </Text>
      )}
      {list.length > 0 && (
        <Stack gap={0}>
          <VersionTimeline
            versions={list}
            label={t('partners.versions.title')}
            tools={(version) => (
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('partners.versions.editLabel', describe(version))}
                  onClick={() => setTarget({ mode: 'edit', version })}
                >
                  <IconPencil size={14} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  color="red"
                  aria-label={t('partners.versions.deleteLabel', describe(version))}
                  onClick={() => confirmDelete(version)}
                >
                  <IconTrash size={14} aria-hidden="true" />
                </ActionIcon>
              </Group>
            )}
          />
        </Stack>
      )}
      <VersionFormModal target={target} onClose={() => setTarget(null)} />
    </section>
  );
}
