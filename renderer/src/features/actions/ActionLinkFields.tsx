import { MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFieldsProps, ActionFormTarget } from './actionForm';
import { actionQueries } from './actionQueries';
import { NewParticipant } from './NewParticipant';
import { useThemeOptions } from './useThemeOptions';

interface Props extends ActionFieldsProps {
  target: ActionFormTarget;
}

/** The action's themes and the contacts taking part, each picked from its directory. */
export function ActionLinkFields({ target, values, set, error }: Props) {
  const { t } = useTranslation();
  const themeOptions = useThemeOptions();
  const contacts = useQuery(actionQueries.contacts());
  // Participants added in place, shown by name before the directory is read again.
  const [added, setAdded] = useState<{ value: string; label: string }[]>([]);

  const contactOptions = useMemo(() => {
    const options = (contacts.data?.rows ?? []).map((contact) => ({
      value: contact.id,
      label: [contact.name, contact.organisation || contact.cityName].filter(Boolean).join(' · '),
    }));
    // Contacts already linked stay selectable even beyond the first page of the directory.
    if (target.mode === 'edit') {
      for (const p of target.action.participants) {
        if (!options.some((option) => option.value === p.contactId)) {
          options.push({ value: p.contactId, label: p.name });
        }
      }
    }
    for (const option of added)
      if (!options.some((o) => o.value === option.value)) options.push(option);
    return options;
  }, [contacts.data, target, added]);

  return (
    <>
      <MultiSelect
        label={t('tracking.field.themes')}
        data={themeOptions}
        value={values.themeIds}
        onChange={(ids) => set('themeIds', ids)}
        error={error('themeIds')}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
      />
      <MultiSelect
        label={t('tracking.field.contacts')}
        placeholder={t('tracking.form.contactsSearch')}
        data={contactOptions}
        value={values.contactIds}
        onChange={(ids) => set('contactIds', ids, 'participants')}
        error={error('participants')}
        searchable
        clearable
        limit={50}
        nothingFoundMessage={t('common.nothingFound')}
      />
      <NewParticipant
        agreementId={values.agreementId}
        onAdded={(contact, role) => {
          setAdded((list) => [
            ...list,
            {
              value: contact.id,
              label: [contact.name, contact.organisation].filter(Boolean).join(' · '),
            },
          ]);
          set('contactIds', [...values.contactIds, contact.id], 'participants');
          set('roles', { ...values.roles, [contact.id]: role });
        }}
      />
    </>
  );
}
