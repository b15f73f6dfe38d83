import { FormModal } from '../../components/FormModal';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../../shared/schemas/cities';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useFormat } from '../../i18n/useFormat';
import { pickFields, sortIssues, spreadFailure, translateIssue } from '../../lib/fieldErrors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import { CityDirectoryFields } from './CityDirectoryFields';
import { CityFields } from './CityFields';
import { CITY_FIELDS, cityValuesOf, emptyCityValues, validateCity } from './cityForm';
import { useCreateCity, useDeleteCity, useUpdateCity } from './cityQueries';

/** What the form is open for: a new city, or changes to one. */
export type CityFormTarget = { mode: 'create' } | { mode: 'edit'; city: City };

interface Props {
  target: CityFormTarget | null;
  onClose: () => void;
}

export function CityFormModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={
        target?.mode === 'edit'
          ? t('cities.editTitle', { city: target.city.name })
          : t('cities.createTitle')
      }
      size="36rem"
    >
      {target && (
        <CityForm
          key={target.mode === 'edit' ? target.city.id + target.city.updatedAt : 'new'}
          target={target}
          onDone={onClose}
        />
      )}
    </FormModal>
  );
}

function CityForm({ target, onDone }: { target: CityFormTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { language, number } = useFormat();
  const form = useFormState(() =>
    target.mode === 'edit' ? cityValuesOf(target.city) : emptyCityValues(),
  );
  const create = useCreateCity();
  const update = useUpdateCity();
  const remove = useDeleteCity();
  const notesIssue = form.errors.notes;

  const submit = () => {
    form.setFormError(null);
    const checked = validateCity(form.values);
    if (!checked.ok) {
      const { byField, rest } = sortIssues(checked.issues, CITY_FIELDS);
      form.setErrors(byField);
      if (rest.length > 0) form.setFormError({ error: null, rest });
      return;
    }
    const callbacks = {
      onSuccess: (city: City) => {
        notifySuccess(t('cities.saved', { city: city.name }));
        onDone();
      },
      onError: (failed: unknown) => {
        const { byField, failure } = spreadFailure(failed, CITY_FIELDS);
        form.setErrors(byField);
        form.setFormError(failure);
      },
    };
    if (target.mode === 'edit')
      update.mutate(
        { id: target.city.id, changes: pickFields(checked.input, CITY_FIELDS) },
        callbacks,
      );
    else create.mutate(pickFields(checked.input, CITY_FIELDS), callbacks);
  };

  const confirmDelete = (city: City) =>
    modals.openConfirmModal({
      title: t('cities.deleteTitle', { city: city.name }),
      children: <Text fz="sm">{t('cities.deleteText', { city: city.name })}</Text>,
      labels: { confirm: t('cities.deleteConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(city.id, {
          onSuccess: () => {
            notifySuccess(t('cities.deleted', { city: city.name }));
            onDone();
          },
          onError: notifyError,
        }),
    });

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
        <CityFields values={form.values} errors={form.errors} onChange={form.setField} autoFocus bilingual />
        <CityDirectoryFields values={form.values} errors={form.errors} onChange={form.setField} />
        <Textarea
          label={t('city.notes')}
          value={form.values.notes}
          onChange={(event) => form.setField('notes', event.currentTarget.value)}
          error={notesIssue ? translateIssue(t, notesIssue, language) : undefined}
          autosize
          minRows={2}
          maxRows={6}
        />
        {target.mode === 'edit' && (
          <Text fz="sm" c="dimmed">
            {t('cities.agreementCount', {
              count: target.city.agreementCount,
              formatted: number(target.city.agreementCount),
            })}
          </Text>
        )}
        <Group justify="space-between" gap="sm">
          {target.mode === 'edit' ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              onClick={() => confirmDelete(target.city)}
              loading={remove.isPending}
            >
              {t('common.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
