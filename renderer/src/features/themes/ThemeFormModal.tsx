import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import { themeInputSchema, type Theme } from '../../../../shared/schemas/themes';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useFormat } from '../../i18n/useFormat';
import { sortIssues, spreadFailure } from '../../lib/fieldErrors';
import { notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import { translateIssue } from '../../lib/fieldErrors';
import { useCreateTheme, useUpdateTheme } from './themeQueries';

export type ThemeFormTarget = { mode: 'create' } | { mode: 'edit'; theme: Theme };

const FIELDS = ['labelEn', 'labelFr', 'code'] as const;

interface Props {
  target: ThemeFormTarget | null;
  onClose: () => void;
}

/** A theme's English and French labels; its code only when it is new. */
export function ThemeFormModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const label = (theme: Theme) => (language === 'fr' ? theme.labelFr : theme.labelEn);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={
        target?.mode === 'edit'
          ? t('partners.themes.editTitle', { label: label(target.theme) })
          : t('partners.themes.createTitle')
      }
      size="32rem"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 650 } }}
    >
      {target && (
        <ThemeForm
          key={target.mode === 'edit' ? target.theme.id : 'new'}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function ThemeForm({ target, onDone }: { target: ThemeFormTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useFormState(() => ({
    labelEn: target.mode === 'edit' ? target.theme.labelEn : '',
    labelFr: target.mode === 'edit' ? target.theme.labelFr : '',
    code: '',
  }));
  const create = useCreateTheme();
  const update = useUpdateTheme();
  const error = (field: (typeof FIELDS)[number]) => {
    const issue = form.errors[field];
    return issue ? translateIssue(t, issue, language) : undefined;
  };

  const submit = () => {
    form.setFormError(null);
    const { labelEn, labelFr, code } = form.values;
    const parsed = themeInputSchema.safeParse(
      code.trim() && target.mode === 'create' ? { labelEn, labelFr, code } : { labelEn, labelFr },
    );
    if (!parsed.success) {
      const { byField, rest } = sortIssues(fieldIssuesFromZod(parsed.error), FIELDS);
      form.setErrors(byField);
      if (rest.length > 0) form.setFormError({ error: null, rest });
      return;
    }
    const callbacks = {
      onSuccess: (theme: Theme) => {
        notifySuccess(
          t('partners.themes.saved', { label: language === 'fr' ? theme.labelFr : theme.labelEn }),
        );
        onDone();
      },
      onError: (failed: unknown) => {
        const { byField, failure } = spreadFailure(failed, FIELDS);
        form.setErrors(byField);
        form.setFormError(failure);
      },
    };
    if (target.mode === 'edit') {
      update.mutate(
        {
          id: target.theme.id,
          changes: { labelEn: parsed.data.labelEn, labelFr: parsed.data.labelFr },
        },
        callbacks,
      );
    } else create.mutate(parsed.data, callbacks);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <FormFailureAlert failure={form.formError} />
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
          <TextInput
            label={t('partners.themes.code')}
            value={target.theme.code}
            readOnly
            disabled
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
