import { Button, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../../shared/schemas/cities';
import { FormModal, type FormModalDoors } from '../../components/FormModal';
import { RecordForm } from '../../components/RecordForm';
import { useFormat } from '../../i18n/useFormat';
import { pickFields } from '../../lib/fieldErrors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import { CityDirectoryFields } from './CityDirectoryFields';
import { CityFields } from './CityFields';
import { CITY_FIELDS, cityValuesOf, emptyCityValues, validateCity } from './cityForm';
import { useCreateCity, useDeleteCity, useUpdateCity } from './cityQueries';

/** What the form is open for: a new city, or changes to one. */
export type CityFormTarget = { mode: 'create' } | { mode: 'edit'; city: City };

/** The dialog of a partner city's form: a new city or one to edit. */
export function CityFormModal(doors: FormModalDoors<CityFormTarget>) {
  return (
    <FormModal
      {...doors}
      createTitle="cities.createTitle"
      editing={(edit) => ({
        record: edit.city,
        title: ['cities.editTitle', { city: edit.city.name }],
      })}
      size="36rem"
    >
      {(open) => <CityForm target={open} onDone={doors.onClose} />}
    </FormModal>
  );
}

function CityForm({ target, onDone }: { target: CityFormTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const form = useFormState(
    () => (target.mode === 'edit' ? cityValuesOf(target.city) : emptyCityValues()),
    CITY_FIELDS,
  );
  const create = useCreateCity();
  const update = useUpdateCity();
  const remove = useDeleteCity();

  const submit = () => {
    const input = form.check(validateCity(form.values));
    if (!input) return;
    const callbacks = {
      onSuccess: (city: City) => {
        notifySuccess(t('cities.saved', { city: city.name }));
        onDone();
      },
      onError: form.fail,
    };
    const changes = pickFields(input, CITY_FIELDS);
    if (target.mode === 'edit') update.mutate({ id: target.city.id, changes }, callbacks);
    else create.mutate(changes, callbacks);
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
    <RecordForm
      onSubmit={submit}
      onCancel={onDone}
      saving={create.isPending || update.isPending}
      failure={form.formError}
      aside={
        target.mode === 'edit' && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden="true" />}
            onClick={() => confirmDelete(target.city)}
            loading={remove.isPending}
          >
            {t('common.delete')}
          </Button>
        )
      }
    >
      <CityFields
        values={form.values}
        errors={form.errors}
        onChange={form.setField}
        autoFocus
        bilingual
      />
      <CityDirectoryFields values={form.values} errors={form.errors} onChange={form.setField} />
      <Textarea
        label={t('city.notes')}
        value={form.values.notes}
        onChange={(event) => form.setField('notes', event.currentTarget.value)}
        error={form.message('notes')}
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
    </RecordForm>
  );
}
