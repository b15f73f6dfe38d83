import { Modal, ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a create-or-edit form is open for: a new record, or one to edit. */
export type FormTarget = { mode: 'create' } | { mode: 'edit' };

type Editing<Target> = Extract<Target, { mode: 'edit' }>;
type Creating<Target> = Exclude<Target, { mode: 'edit' }>;
/** An i18n key and the values it takes. */
type Title = [key: string, values?: Record<string, string>];

/** What a screen hands a form dialog: what it is open for (null when closed), and what to do after. */
export interface FormModalDoors<Target, Saved = never> {
  target: Target | null;
  onClose: () => void;
  onSaved?: (saved: Saved) => void;
}

interface FormModalProps<Target extends FormTarget> {
  target: Target | null;
  onClose: () => void;
  /** The i18n key of the dialog's title for a new record. */
  createTitle: string;
  /**
   * The record an edit opens on, and its title (an i18n key and its values). The record's id and last update
   * key the form, so a record changed meanwhile opens afresh as it is now.
   */
  editing: (target: Editing<Target>) => {
    record: { id: string; updatedAt?: string };
    title: Title;
  };
  /** Tells one opening for a new record from another (a new action under another agreement). */
  createKey?: (target: Creating<Target>) => string;
  /** The dialog's width, e.g. "40rem". */
  size: string;
  children: (target: Target) => ReactNode;
}

/**
 * The dialog every create/edit form opens in: it scrolls inside when the form is tall, and a
 * click outside never throws away what the user typed.
 */
export function FormModal<Target extends FormTarget>({
  target,
  onClose,
  createTitle,
  editing,
  createKey = () => 'new',
  size,
  children,
}: FormModalProps<Target>) {
  const { t } = useTranslation();
  const edit = target?.mode === 'edit' ? editing(target as Editing<Target>) : null;
  const key =
    target === null
      ? ''
      : edit
        ? edit.record.id + (edit.record.updatedAt ?? '')
        : createKey(target as Creating<Target>);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target === null ? null : edit ? t(edit.title[0], edit.title[1]) : t(createTitle)}
      size={size}
      closeOnClickOutside={false}
      scrollAreaComponent={ScrollArea.Autosize}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 650 } }}
    >
      {target !== null && <div key={key}>{children(target)}</div>}
    </Modal>
  );
}
