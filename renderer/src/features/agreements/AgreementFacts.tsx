import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../shared/schemas/agreements';
import { useFormat } from '../../i18n/useFormat';
import { KindLabel, StatusBadge } from './AgreementBadges';

/** Every field of an agreement as a list of labels and values. */
export function AgreementFacts({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const showEnd = agreement.status === 'ended' || agreement.endedOn !== null || agreement.endReason;
  const items: [string, ReactNode][] = [
    [t('agreement.partnerCity'), `${agreement.cityName} (${format.country(agreement.country)})`],
    [t('agreement.kind'), <KindLabel kind={agreement.kind} exclusive={agreement.exclusive} />],
    [t('agreement.signedOn'), format.partialDate(agreement.signedOn)],
    [t('agreement.status'), <StatusBadge status={agreement.status} />],
  ];
  if (showEnd) {
    items.push([
      t('agreement.endedOn'),
      agreement.endedOn ? format.partialDate(agreement.endedOn) : t('common.notRecorded'),
    ]);
    items.push([t('agreement.endReason'), agreement.endReason || t('common.notRecorded')]);
  }
  items.push([t('agreement.title'), agreement.title || t('common.notRecorded')]);
  // Themes arrived in the contract after the form: shown when main sends them.
  const themes = agreement.themes ?? [];
  if (themes.length > 0) {
    items.push([
      t('detail.themes'),
      themes.map((theme) => (format.language === 'fr' ? theme.labelFr : theme.labelEn)).join(' · '),
    ]);
  }
  const contacts = agreement.contacts ?? [];
  if (contacts.length > 0) {
    items.push([
      t('partners.agreement.contacts'),
      contacts
        .map((contact) => [contact.name, contact.organisation].filter(Boolean).join(', '))
        .join(' · '),
    ]);
  }
  items.push([
    t('agreement.notes'),
    agreement.notes ? (
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {agreement.notes}
      </Text>
    ) : (
      t('common.notRecorded')
    ),
  ]);
  items.push([t('agreement.updatedAt'), format.timestamp(agreement.updatedAt)]);

  return (
    <DataList withDivider labelWidth="9.5rem" size="sm">
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
