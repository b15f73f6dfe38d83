import { MultiSelect } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { compareText } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import { accentInsensitiveFilter } from '../../lib/searchFilter';
import { contactQueries } from '../contacts/contactQueries';
import { themeQueries } from '../themes/themeQueries';

interface Props {
  themeIds: string[] | null;
  contactIds: string[] | null;
  onThemes: (ids: string[]) => void;
  onContacts: (ids: string[]) => void;
  themeError: string | undefined;
  contactError: string | undefined;
}

/** The themes an agreement covers and the people who follow it. */
export function AgreementLinkFields(props: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const themes = useQuery(themeQueries.list());
  const contacts = useInfiniteQuery(contactQueries.list({}));
  const themeData = (themes.data ?? [])
    .map((theme) => ({ value: theme.id, label: language === 'fr' ? theme.labelFr : theme.labelEn }))
    .sort((a, b) => compareText(language)(a.label, b.label));
  const contactData = (contacts.data?.pages.flatMap((page) => page.rows) ?? []).map((c) => ({
    value: c.id,
    label: [c.name, c.organisation].filter(Boolean).join(' · '),
  }));
  return (
    <>
      {props.themeIds !== null && (
        <MultiSelect
          label={t('partners.agreement.themes')}
          data={themeData}
          value={props.themeIds}
          onChange={props.onThemes}
          error={props.themeError}
          searchable
          clearable
          filter={accentInsensitiveFilter}
          nothingFoundMessage={t('common.nothingFound')}
        />
      )}
      {props.contactIds !== null && (
        <MultiSelect
          label={t('partners.agreement.contacts')}
          data={contactData}
          value={props.contactIds}
          onChange={props.onContacts}
          error={props.contactError}
          searchable
          clearable
          filter={accentInsensitiveFilter}
          nothingFoundMessage={t('common.nothingFound')}
        />
      )}
    </>
  );
}
