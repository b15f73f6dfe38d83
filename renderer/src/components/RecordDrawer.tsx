import { Alert, Button, Drawer, Group, Loader } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/notify';

interface RecordDrawerProps {
  opened: boolean;
  onClose: () => void;
  /** The drawer's width, e.g. "36rem". */
  size: string;
  title: string;
  /** The detail query: its loading and failure states are shown here. */
  query: { isPending: boolean; isError: boolean; error: unknown };
  children: ReactNode;
}

/** The side panel every record's detail opens in: title, loading, a translated failure, then the record. */
export function RecordDrawer({ opened, onClose, size, title, query, children }: RecordDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={size}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 650 } }}
    >
      {query.isPending && opened && <Loader aria-label={t('app.loading')} m="md" />}
      {query.isError && (
        <Alert color="red" role="alert">
          {errorMessage(query.error)}
        </Alert>
      )}
      {children}
    </Drawer>
  );
}

interface RecordActionsProps {
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
  /** Further buttons after Edit and Delete. */
  children?: ReactNode;
}

/** Edit and Delete, as every record's detail panel offers them. */
export function RecordActions({ onEdit, onDelete, deleting, children }: RecordActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button
        variant="outline"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        loading={deleting}
        onClick={onDelete}
      >
        {t('common.delete')}
      </Button>
      {children}
    </Group>
  );
}
