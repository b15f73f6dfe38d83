import { ScreenHeader } from '../../components/ScreenHeader';
import { Alert, CloseButton, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Contact } from '../../../../shared/schemas/contacts';
import type { Side } from '../../../../shared/schemas/versions';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { errorMessage } from '../../lib/notify';
import { ContactDrawer } from './ContactDrawer';
import { ContactFormModal, type ContactFormTarget } from './ContactFormModal';
import { contactQueries, type ContactQuery } from './contactQueries';
import classes from '../../components/Screen.module.css';

/** The people of partner administrations and of our own departments. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const openId = params.get('open');
  const [text, setText] = useState('');
  const [side, setSide] = useState<Side | null>(null);
  const [search] = useDebouncedValue(text.trim(), 250);
  const [target, setTarget] = useState<ContactFormTarget | null>(null);
  useDocumentTitle(t('partners.contacts.title'));

  const query: ContactQuery = {
    ...(search ? { text: search } : {}),
    ...(side ? { side } : {}),
  };
  const contacts = useInfiniteQuery({
    ...contactQueries.list(query),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(
    () => contacts.data?.pages.flatMap((page) => page.rows) ?? [],
    [contacts.data],
  );
  const total = contacts.data?.pages[0]?.total ?? 0;

  const setOpenId = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('open', id);
        else next.delete('open');
        return next;
      },
      { replace: true },
    );

  const columns = useMemo<Column<Contact>[]>(
    () => [
      {
        id: 'name',
        header: t('partners.contacts.columns.name'),
        render: (contact) => (
          <Text component="span" fz="sm" fw={600}>
            {contact.name}
          </Text>
        ),
      },
      {
        id: 'role',
        header: t('partners.contacts.columns.role'),
        width: '22%',
        render: (c) => c.role,
      },
      {
        id: 'organisation',
        header: t('partners.contacts.columns.organisation'),
        width: '26%',
        render: (c) => c.organisation,
      },
      {
        id: 'city',
        header: t('partners.contacts.columns.city'),
        width: '18%',
        render: (c) => c.cityName ?? t('partners.contacts.sides.own'),
      },
    ],
    [t],
  );

  return (
    <Stack gap="sm" className={classes.screen}>
      <ScreenHeader
        title={t('partners.contacts.title')}
        count={contacts.data ? t('partners.contacts.count', { count: total }) : ''}
        newLabel={t('partners.contacts.new')}
        onNew={() => setTarget({ mode: 'create' })}
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('partners.contacts.search')}
          placeholder={t('partners.contacts.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          rightSection={
            text ? (
              <CloseButton
                size="sm"
                aria-label={t('register.clearSearch')}
                onClick={() => setText('')}
              />
            ) : null
          }
          w={360}
        />
        <Select
          label={t('partners.contacts.side')}
          data={[
            { value: 'partner', label: t('partners.contacts.sides.partner') },
            { value: 'own', label: t('partners.contacts.sides.own') },
          ]}
          value={side}
          onChange={(value) => setSide(value as Side | null)}
          placeholder={t('partners.contacts.allSides')}
          clearable
          w={240}
        />
      </Group>
      <Paper withBorder radius="sm" className={classes.tablePaper}>
        {contacts.isError ? (
          <Alert color="red" m="md" role="alert">
            {errorMessage(contacts.error)}
          </Alert>
        ) : contacts.data && rows.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            {search || side ? t('partners.contacts.noMatch') : t('partners.contacts.empty')}
          </Text>
        ) : (
          <VirtualTable<Contact>
            label={t('partners.contacts.tableLabel')}
            columns={columns}
            rows={rows}
            total={total}
            hasMore={contacts.hasNextPage}
            loadingMore={contacts.isFetchingNextPage}
            onEndReached={() => void contacts.fetchNextPage()}
            rowKey={(contact) => contact.id}
            resetKey={`${search}|${side ?? ''}|${format.language}`}
            onOpen={(contact) => setOpenId(contact.id)}
            selectedKey={openId}
          />
        )}
      </Paper>
      <ContactDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onEdit={(contact) => setTarget({ mode: 'edit', contact })}
      />
      <ContactFormModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
