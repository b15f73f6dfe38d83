import type { TFunction } from 'i18next';
import type { Contact } from '../../../../shared/schemas/contacts';
import { LeadCell } from '../../components/LeadCell';
import type { Column } from '../../components/VirtualTable';

/** The contacts directory's columns. */
export function contactColumns(t: TFunction): Column<Contact>[] {
  return [
    {
      id: 'name',
      header: t('partners.contacts.columns.name'),
      render: (contact) => <LeadCell>{contact.name}</LeadCell>,
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
  ];
}
