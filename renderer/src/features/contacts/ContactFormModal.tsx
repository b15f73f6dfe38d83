import { Group, SegmentedControl, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contacts';
import { FormModal, type FormModalDoors } from '../../components/FormModal';
import { RecordForm } from '../../components/RecordForm';
import { useFormat } from '../../i18n/useFormat';
import { pickFields } from '../../lib/fieldErrors';
import { accentInsensitiveFilter } from '../../lib/searchFilter';
import { notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import { cityQueries } from '../cities/cityQueries';
import {
  CONTACT_FIELDS,
  contactValuesOf,
  emptyContactValues,
  validateContact,
  type ContactFormValues,
} from './contactForm';
import { useCreateContact, useUpdateContact } from './contactQueries';

export type ContactFormTarget = { mode: 'create' } | { mode: 'edit'; contact: Contact };

/** The dialog of a contact's form: a new contact or one to edit. */
export function ContactFormModal({
  onSaved,
  ...doors
}: FormModalDoors<ContactFormTarget, Contact>) {
  return (
    <FormModal
      {...doors}
      createTitle="partners.contacts.createTitle"
      editing={(edit) => ({
        record: edit.contact,
        title: ['partners.contacts.editTitle', { name: edit.contact.name }],
      })}
      size="38rem"
    >
      {(open) => <ContactForm target={open} onDone={doors.onClose} onSaved={onSaved} />}
    </FormModal>
  );
}

interface FormProps {
  target: ContactFormTarget;
  onDone: () => void;
  onSaved: ((contact: Contact) => void) | undefined;
}

function ContactForm({ target, onDone, onSaved }: FormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useFormState<ContactFormValues>(
    () => (target.mode === 'edit' ? contactValuesOf(target.contact) : emptyContactValues()),
    CONTACT_FIELDS,
  );
  const cities = useQuery(cityQueries.list());
  const create = useCreateContact();
  const update = useUpdateContact();
  const { values, setField, message: error } = form;

  const submit = () => {
    const checked = form.check(validateContact(values));
    if (!checked) return;
    const callbacks = {
      onSuccess: (contact: Contact) => {
        notifySuccess(t('partners.contacts.saved', { name: contact.name }));
        onSaved?.(contact);
        onDone();
      },
      onError: form.fail,
    };
    const input = pickFields(checked, CONTACT_FIELDS);
    if (target.mode === 'edit') update.mutate({ id: target.contact.id, changes: input }, callbacks);
    else create.mutate(input, callbacks);
  };

  const text = (
    field: 'name' | 'role' | 'organisation' | 'email' | 'phone' | 'language',
    max: number,
    extra: {
      withAsterisk?: boolean;
      type?: string;
      description?: string;
      autoFocus?: boolean;
    } = {},
  ) => (
    <TextInput
      label={t(`partners.contacts.${field}`)}
      value={values[field]}
      onChange={(event) => setField(field, event.currentTarget.value)}
      error={error(field)}
      maxLength={max}
      {...extra}
    />
  );

  return (
    <RecordForm
      onSubmit={submit}
      onCancel={onDone}
      saving={create.isPending || update.isPending}
      failure={form.formError}
    >
      {text('name', 120, { withAsterisk: true, autoFocus: true })}
      <Group gap="sm" align="flex-start" grow>
        {text('role', 120)}
        {text('organisation', 200)}
      </Group>
      <div>
        <Text fz="sm" fw={500} id="contact-side-label" mb={4}>
          {t('partners.contacts.side')}
        </Text>
        <SegmentedControl
          aria-labelledby="contact-side-label"
          value={values.side}
          onChange={(side) => {
            setField('side', side as ContactFormValues['side']);
            if (side === 'own') setField('cityId', null);
          }}
          data={[
            { value: 'partner', label: t('partners.contacts.sides.partner') },
            { value: 'own', label: t('partners.contacts.sides.own') },
          ]}
        />
      </div>
      <Select
        label={t('partners.contacts.city')}
        description={values.side === 'own' ? t('partners.contacts.cityHint') : undefined}
        data={(cities.data ?? []).map((city) => ({
          value: city.id,
          label: `${city.name} (${format.country(city.country)})`,
        }))}
        value={values.cityId}
        onChange={(id) => setField('cityId', id)}
        error={error('cityId')}
        disabled={values.side === 'own'}
        searchable
        clearable
        filter={accentInsensitiveFilter}
        nothingFoundMessage={t('common.nothingFound')}
      />
      <Group gap="sm" align="flex-start" grow>
        {text('email', 254, { type: 'email' })}
        {text('phone', 40, { type: 'tel' })}
      </Group>
      {text('language', 60, { description: t('partners.contacts.languageHint') })}
      <Textarea
        label={t('partners.contacts.notes')}
        value={values.notes}
        onChange={(event) => setField('notes', event.currentTarget.value)}
        error={error('notes')}
        autosize
        minRows={2}
        maxRows={6}
      />
    </RecordForm>
  );
}
