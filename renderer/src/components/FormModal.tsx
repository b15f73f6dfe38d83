import { Modal, ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The dialog's width, e.g. "40rem". */
  size: string;
  children: ReactNode;
}

/**
 * The dialog every create/edit form opens in: it scrolls inside when the form is tall, and a
 * click outside never throws away what the user typed.
 */
export function FormModal({ opened, onClose, title, size, children }: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      closeOnClickOutside={false}
      scrollAreaComponent={ScrollArea.Autosize}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 650 } }}
    >
      {children}
    </Modal>
  );
}
