import {
  Alert,
  Anchor,
  Button,
  DataList,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { City } from '../../../../shared/schemas/cities';
import { useFormat } from '../../i18n/useFormat';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { CityFormModal, type CityFormTarget } from './CityFormModal';
import { cityQueries } from './cityQueries';
import { PartnerAgreements } from './PartnerAgreements';
import { PartnerContacts, PartnerFollowUps, PartnerTimeline } from './PartnerActivity';
import { errorMessage } from '../../lib/notify';
import classes from './PartnerPage.module.css';

/** A partner city's fact sheet: who they are, what was signed, who to call, what happened. */
export function PartnerScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const sheet = useQuery(cityQueries.factSheet(id));
  const [target, setTarget] = useState<CityFormTarget | null>(null);
  const data = sheet.data;
  useDocumentTitle(data ? data.city.name : t('nav.cities'));

  return (
    <Stack gap="lg" className={classes.sheet}>
      <Anchor
        component={Link}
        to="/cities"
        fz="sm"
        className={classes.noPrint}
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('partners.partner.back')}
      </Anchor>
      {sheet.isPending && <Loader aria-label={t('app.loading')} />}
      {sheet.isError && (
        <Alert color="red" role="alert" title={t('partners.partner.loadError')}>
          {errorMessage(sheet.error)}
        </Alert>
      )}
      {data && (
        <>
          <PartnerHeader
            city={data.city}
            documentCount={data.documentCount}
            onEdit={() => setTarget({ mode: 'edit', city: data.city })}
          />
          <PartnerAgreements agreements={data.agreements} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <PartnerFollowUps actions={data.followUps} />
            <PartnerContacts contacts={data.contacts} />
          </SimpleGrid>
          <PartnerTimeline actions={data.timeline} total={data.timelineTotal} />
        </>
      )}
      <CityFormModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}

interface HeaderProps {
  city: City;
  documentCount: number;
  onEdit: () => void;
}

function PartnerHeader({ city, documentCount, onEdit }: HeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const notRecorded = (
    <Text component="span" fz="sm" c="dimmed">
      {t('partners.partner.notRecorded')}
    </Text>
  );
  const coordinates =
    city.latitude !== null && city.longitude !== null
      ? `${format.coordinate(city.latitude)}, ${format.coordinate(city.longitude)}`
      : null;
  return (
    <header>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1}>{city.name}</Title>
          <Text c="dimmed" fz="lg">
            {[format.country(city.country), city.region].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs" className={classes.noPrint} wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden="true" />}
            onClick={() => window.print()}
          >
            {t('partners.partner.print')}
          </Button>
          <Button leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit}>
            {t('partners.city.edit')}
          </Button>
        </Group>
      </Group>
      <DataList size="sm" labelWidth="9rem" mt="md" aria-label={t('partners.partner.summary')}>
        <DataList.Item>
          <DataList.ItemLabel>{t('partners.city.languages')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {city.languages.length > 0 ? city.languages.join(', ') : notRecorded}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('partners.city.website')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {city.website ? (
              <Anchor href={city.website} target="_blank" rel="noopener noreferrer" fz="sm">
                {city.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}{' '}
                <IconExternalLink size={12} aria-hidden="true" />
              </Anchor>
            ) : (
              notRecorded
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('partners.city.coordinates')}</DataList.ItemLabel>
          <DataList.ItemValue className="tabular">{coordinates ?? notRecorded}</DataList.ItemValue>
        </DataList.Item>
        {city.notes && (
          <DataList.Item>
            <DataList.ItemLabel>{t('city.notes')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>{city.notes}</DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      {documentCount > 0 && (
        <Text fz="sm" c="dimmed" mt="xs">
          {t('partners.partner.documents', { count: documentCount })}
        </Text>
      )}
    </header>
  );
}
