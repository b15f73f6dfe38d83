import { Group, Select } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/schemas/contacts';
import type { Side } from '../../../../shared/schemas/versions';
import { ListScreen } from '../../components/ListScreen';
import { SearchBox } from '../../components/SearchBox';
import { useFormat } from '../../i18n/useFormat';
import { useDebouncedText } from '../../lib/useDebouncedText';
import { useInfiniteList } from '../../lib/useInfiniteList';
import { useRecordForm } from '../../lib/useRecordForm';
import { contactColumns } from './contactColumns';
import { ContactDrawer } from './ContactDrawer';
import { ContactFormModal, type ContactFormTarget } from './ContactFormModal';
import { contactQueries } from './contactQueries';
import { toContactQuery, useContactFilters } from './useContactFilters';

/** The people of partner administrations and of our own departments. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const url = useContactFilters();
  const { filters, setFilters } = url;
  const sendText = useCallback((text: string) => setFilters({ text }), [setFilters]);
  const [text, setText] = useDebouncedText(filters.text, sendText);
  const form = useRecordForm<ContactFormTarget>(url.setOpenId);

  const query = useMemo(() => toContactQuery(filters), [filters]);
  const list = useInfiniteList(contactQueries.list(query));
  const columns = useMemo(() => contactColumns(t), [t]);
  const filtered = Object.keys(query).length > 0;

  return (
    <ListScreen<Contact>
      labels="partners.contacts"
      onNew={() => form.open({ mode: 'create' })}
      filters={
        <Group gap="sm" align="flex-end">
          <SearchBox
            label={t('partners.contacts.search')}
            placeholder={t('partners.contacts.searchPlaceholder')}
            value={text}
            onChange={setText}
            w={360}
          />
          <Select
            label={t('partners.contacts.side')}
            data={[
              { value: 'partner', label: t('partners.contacts.sides.partner') },
              { value: 'own', label: t('partners.contacts.sides.own') },
            ]}
            value={filters.side}
            onChange={(side) => setFilters({ side: side as Side | null })}
            placeholder={t('partners.contacts.allSides')}
            clearable
            w={240}
          />
        </Group>
      }
      list={list}
      empty={{
        none: list.total === undefined ? undefined : !filtered && list.total === 0,
        icon: IconAddressBook,
        title: t('partners.contacts.empty'),
        noMatch: t('partners.contacts.noMatch'),
      }}
      columns={columns}
      resetKey={`${JSON.stringify(query)}|${format.language}`}
      url={url}
    >
      <ContactDrawer
        id={url.openId}
        onClose={() => url.setOpenId(null)}
        onEdit={(contact) => form.open({ mode: 'edit', contact })}
      />
      <ContactFormModal target={form.target} onClose={form.close} />
    </ListScreen>
  );
}
