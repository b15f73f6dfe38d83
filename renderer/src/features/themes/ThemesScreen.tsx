import { ScreenHeader } from '../../components/ScreenHeader';
import { ActionIcon, Alert, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../../shared/schemas/themes';
import { compareText } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import { notifySuccess } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { errorMessage } from '../../lib/notify';
import { ThemeFormModal, type ThemeFormTarget } from './ThemeFormModal';
import { themeQueries, useDeleteTheme } from './themeQueries';

/** The taxonomy of cooperation themes, in both languages, with how much each is used. */
export function ThemesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const themes = useQuery(themeQueries.list());
  const remove = useDeleteTheme();
  const [target, setTarget] = useState<ThemeFormTarget | null>(null);
  useDocumentTitle(t('partners.themes.title'));
  const label = (theme: Theme) => (format.language === 'fr' ? theme.labelFr : theme.labelEn);
  const rows = [...(themes.data ?? [])].sort((a, b) =>
    compareText(format.language)(label(a), label(b)),
  );

  const confirmDelete = (theme: Theme) =>
    modals.openConfirmModal({
      title: t('partners.themes.deleteTitle', { label: label(theme) }),
      children: <Text fz="sm">{t('partners.themes.deleteText')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(theme.id, {
          onSuccess: () => notifySuccess(t('partners.themes.deleted', { label: label(theme) })),
          onError: (error) =>
            notifications.show({ color: 'red', message: errorMessage(error), autoClose: 10_000 }),
        }),
    });

  return (
    <Stack gap="sm" maw="64rem">
      <ScreenHeader
        title={t('partners.themes.title')}
        count={themes.data ? t('partners.themes.count', { count: rows.length }) : ''}
        newLabel={t('partners.themes.new')}
        onNew={() => setTarget({ mode: 'create' })}
      />
      <Text c="dimmed" fz="sm">
        {t('partners.themes.intro')}
      </Text>
      {themes.isPending && <Loader aria-label={t('app.loading')} />}
      {themes.isError && (
        <Alert color="red" role="alert">
          {errorMessage(themes.error)}
        </Alert>
      )}
      {themes.data && rows.length === 0 && <Text c="dimmed">{t('partners.themes.empty')}</Text>}
      {rows.length > 0 && (
        <Paper withBorder radius="sm">
          <Table striped highlightOnHover aria-label={t('partners.themes.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partners.themes.columns.labelEn')}</Table.Th>
                <Table.Th>{t('partners.themes.columns.labelFr')}</Table.Th>
                <Table.Th>{t('partners.themes.columns.code')}</Table.Th>
                <Table.Th ta="right">{t('partners.themes.columns.agreements')}</Table.Th>
                <Table.Th ta="right">{t('partners.themes.columns.actions')}</Table.Th>
                <Table.Th ta="right">{t('partners.themes.columns.manage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((theme) => (
                <Table.Tr key={theme.id}>
                  <Table.Td lang="en" fw={format.language === 'en' ? 600 : undefined}>
                    {theme.labelEn}
                  </Table.Td>
                  <Table.Td lang="fr" fw={format.language === 'fr' ? 600 : undefined}>
                    {theme.labelFr}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="xs" c="dimmed">
                    {theme.code}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {format.number(theme.agreementCount)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {format.number(theme.actionCount)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('partners.themes.editLabel', { label: label(theme) })}
                        onClick={() => setTarget({ mode: 'edit', theme })}
                      >
                        <IconPencil size={16} aria-hidden="true" />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('partners.themes.deleteLabel', { label: label(theme) })}
                        onClick={() => confirmDelete(theme)}
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <ThemeFormModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
