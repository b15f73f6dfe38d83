import { RecordActions, RecordDrawer } from '../../components/RecordDrawer';
import { Anchor, DataList, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact, ContactDetail } from '../../../../shared/schemas/contacts';
import { useFormat } from '../../i18n/useFormat';
import { notifyError, notifySuccess } from '../../lib/notify';
import { recordLinks } from '../dashboard/links';
import { contactQueries, useDeleteContact } from './contactQueries';

interface Props {
  id: string | null;
  onClose: () => void;
  onEdit: (contact: Contact) => void;
}

/** One person: how to reach them, and the agreements and actions they are part of. */
export function ContactDrawer({ id, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const detail = useQuery({ ...contactQueries.detail(id ?? ''), enabled: id !== null });
  const remove = useDeleteContact();
  const contact = detail.data;

  const confirmDelete = (target: ContactDetail) =>
    modals.openConfirmModal({
      title: t('partners.contacts.deleteTitle', { name: target.name }),
      children: <Text fz="sm">{t('partners.contacts.deleteText', { name: target.name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(target.id, {
          onSuccess: () => {
            onClose();
            notifySuccess(t('partners.contacts.deleted', { name: target.name }));
          },
          onError: notifyError,
        }),
    });

  return (
    <RecordDrawer
      opened={id !== null}
      onClose={onClose}
      size="32rem"
      title={contact ? contact.name : t('partners.contacts.loadingTitle')}
      query={detail}
    >
      {contact && (
        <Stack gap="lg">
          <RecordActions
            onEdit={() => onEdit(contact)}
            onDelete={() => confirmDelete(contact)}
            deleting={remove.isPending}
          />
          <ContactFacts contact={contact} />
          <ContactLinks contact={contact} />
        </Stack>
      )}
    </RecordDrawer>
  );
}

function ContactFacts({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const items: [string, ReactNode][] = [
    [t('partners.contacts.role'), contact.role],
    [t('partners.contacts.organisation'), contact.organisation],
    [t('partners.contacts.side'), t(`partners.contacts.sides.${contact.side}`)],
    [
      t('partners.contacts.city'),
      contact.cityId && contact.cityName ? (
        <Anchor component={Link} to={recordLinks.city(contact.cityId)} fz="sm">
          {contact.cityName}
        </Anchor>
      ) : (
        ''
      ),
    ],
    [
      t('partners.contacts.email'),
      contact.email ? (
        <Anchor href={`mailto:${contact.email}`} fz="sm">
          {contact.email}
        </Anchor>
      ) : (
        ''
      ),
    ],
    [t('partners.contacts.phone'), contact.phone],
    [t('partners.contacts.language'), contact.language],
    [
      t('partners.contacts.notes'),
      contact.notes ? (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {contact.notes}
        </Text>
      ) : (
        ''
      ),
    ],
  ];
  return (
    <DataList withDivider labelWidth="9rem" size="sm">
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value || t('common.notRecorded')}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function ContactLinks({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <section aria-labelledby="contact-agreements">
        <Title order={3} id="contact-agreements" fz="h4" mb="xs">
          {t('partners.contacts.linkedAgreements')}
        </Title>
        {contact.agreements.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('partners.contacts.noLinkedAgreements')}
          </Text>
        ) : (
          <Stack component="ul" gap={4} m={0} pl="md">
            {contact.agreements.map((agreement) => (
              <li key={agreement.id}>
                <Anchor component={Link} to={recordLinks.agreement(agreement.id)} fz="sm">
                  {agreement.cityName} · {agreement.title || format.partialDate(agreement.signedOn)}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="contact-actions">
        <Title order={3} id="contact-actions" fz="h4" mb="xs">
          {t('partners.contacts.linkedActions')}
        </Title>
        {contact.actions.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('partners.contacts.noLinkedActions')}
          </Text>
        ) : (
          <Stack component="ul" gap={4} m={0} pl="md">
            {contact.actions.map((action) => (
              <li key={action.id}>
                <Anchor component={Link} to={recordLinks.action(action.id)} fz="sm">
                  {action.title}
                </Anchor>
                {action.startOn && (
                  <Text component="span" fz="xs" c="dimmed">
                    {' '}
                    · {format.partialDate(action.startOn, 'short')}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
      </section>
    </>
  );
}
