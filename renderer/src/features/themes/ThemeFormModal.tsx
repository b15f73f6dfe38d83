import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import { themeInputSchema, type Theme } from '../../../../shared/schemas/themes';
import { FormModal, type FormModalDoors } from '../../components/FormModal';
import { RecordForm } from '../../components/RecordForm';
import { useFormat } from '../../i18n/useFormat';
import { notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import { useCreateTheme, useUpdateTheme } from './themeQueries';

export type ThemeFormTarget = { mode: 'create' } | { mode: 'edit'; theme: Theme };

const FIELDS = ['labelEn', 'labelFr', 'code'] as const;

/** A theme's English and French labels; its code only when it is new. */
export function ThemeFormModal(doors: FormModalDoors<ThemeFormTarget>) {
  const { language } = useFormat();
  const label = (theme: Theme) => (language === 'fr' ? theme.labelFr : theme.labelEn);
  return (
    <FormModal
      {...doors}
      createTitle="partners.themes.createTitle"
      // Keyed by the theme alone: its labels are what the form edits.
      editing={(edit) => ({
        record: { id: edit.theme.id },
        title: ['partners.themes.editTitle', { label: label(edit.theme) }],
      })}
      size="32rem"
    >
      {(open) => <ThemeForm target={open} onDone={doors.onClose} />}
    </FormModal>
  );
}

function ThemeForm({ target, onDone }: { target: ThemeFormTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useFormState(
    () => ({
      labelEn: target.mode === 'edit' ? target.theme.labelEn : '',
      labelFr: target.mode === 'edit' ? target.theme.labelFr : '',
      code: '',
    }),
    FIELDS,
  );
  const create = useCreateTheme();
  const update = useUpdateTheme();
  const error = form.message;

  const submit = () => {
    const { labelEn, labelFr, code } = form.values;
    const parsed = themeInputSchema.safeParse(
      code.trim() && target.mode === 'create' ? { labelEn, labelFr, code } : { labelEn, labelFr },
    );
    const input = form.check(
      parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, issues: fieldIssuesFromZod(parsed.error) },
    );
    if (!input) return;
    const callbacks = {
      onSuccess: (theme: Theme) => {
        notifySuccess(
          t('partners.themes.saved', { label: language === 'fr' ? theme.labelFr : theme.labelEn }),
        );
        onDone();
      },
      onError: form.fail,
    };
    if (target.mode === 'edit') {
      update.mutate(
        {
          id: target.theme.id,
          changes: { labelEn: input.labelEn, labelFr: input.labelFr },
        },
        callbacks,
      );
    } else create.mutate(input, callbacks);
  };

  return (
    <RecordForm
      onSubmit={submit}
      onCancel={onDone}
      saving={create.isPending || update.isPending}
      failure={form.formError}
    >
      <TextInput
        label={t('partners.themes.labelEn')}
        value={form.values.labelEn}
        onChange={(event) => form.setField('labelEn', event.currentTarget.value)}
        error={error('labelEn')}
        withAsterisk
        autoFocus
        maxLength={120}
        lang="en"
      />
      <TextInput
        label={t('partners.themes.labelFr')}
        value={form.values.labelFr}
        onChange={(event) => form.setField('labelFr', event.currentTarget.value)}
        error={error('labelFr')}
        withAsterisk
        maxLength={120}
        lang="fr"
      />
      {target.mode === 'create' ? (
        <TextInput
          label={t('partners.themes.code')}
          description={t('partners.themes.codeHint')}
          value={form.values.code}
          onChange={(event) => form.setField('code', event.currentTarget.value)}
          error={error('code')}
          maxLength={60}
          ff="monospace"
        />
      ) : (
        <TextInput label={t('partners.themes.code')} value={target.theme.code} readOnly disabled />
      )}
    </RecordForm>
  );
}
