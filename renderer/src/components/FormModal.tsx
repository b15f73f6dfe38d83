import { Modal, ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps<Target> {
  /** What the form is open for (a new record, one to edit); null when closed. */
  target: Target | null;
  onClose: () => void;
  title: (target: Target) => ReactNode;
  /**
   * Names the form's opening: a new key starts it afresh from the record as it is now
   * (an edited record's id and last update).
   */
  formKey: (target: Target) => string;
  /** The dialog's width, e.g. "40rem". */
  size: string;
  children: (target: Target) => ReactNode;
}

/**
 * The dialog every create/edit form opens in: it scrolls inside when the form is tall, and a
 * click outside never throws away what the user typed.
 */
export function FormModal<Target>({
  target,
  onClose,
  title,
  formKey,
  size,
  children,
}: FormModalProps<Target>) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target === null ? null : title(target)}
      size={size}
      closeOnClickOutside={false}
      scrollAreaComponent={ScrollArea.Autosize}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 650 } }}
    >
      {target !== null && <div key={formKey(target)}>{children(target)}</div>}
    </Modal>
  );
}

/** The usual form key: one per opening of a new record, one per version of an edited one. */
export const recordKey = (record: { id: string; updatedAt: string } | null) =>
  record ? record.id + record.updatedAt : 'new';
