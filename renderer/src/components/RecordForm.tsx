import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormFailure } from '../lib/fieldErrors';
import { FormFailureAlert } from './FormFailureAlert';

interface RecordFormProps {
  onSubmit: () => void;
  onCancel: () => void;
  saving: boolean;
  /** Why the last save failed, when not at a field. */
  failure: FormFailure | null;
  /** Before Cancel and Save, on the left (a Delete button). */
  aside?: ReactNode;
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}

/**
 * The frame of every create/edit form: checked by the app, not the browser; why a save failed
 * above the fields; Cancel and Save below.
 */
export function RecordForm({
  onSubmit,
  onCancel,
  saving,
  failure,
  aside,
  formRef,
  children,
}: RecordFormProps) {
  const { t } = useTranslation();
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="md">
        <FormFailureAlert failure={failure} />
        {children}
        <Group justify={aside ? 'space-between' : 'flex-end'} gap="sm">
          {aside}
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
