import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FactSheetAgreement } from '../../../../shared/schemas/overview';
import { useFormat } from '../../i18n/useFormat';
import { ExclusiveBadge, StatusBadge } from '../agreements/AgreementBadges';
import { VersionTimeline } from '../agreements/VersionTimeline';
import { recordLinks } from '../dashboard/links';
import classes from './PartnerPage.module.css';

/** Each agreement with the city: what it is, its versions, how its status changed. */
export function PartnerAgreements({ agreements }: { agreements: FactSheetAgreement[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="partner-agreements">
      <Title order={2} id="partner-agreements" mb="sm">
        {t('partners.partner.agreements')}
      </Title>
      {agreements.length === 0 ? (
        <Text c="dimmed">{t('partners.partner.noAgreements')}</Text>
      ) : (
        <Stack gap="md">
          {agreements.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function AgreementCard({ agreement }: { agreement: FactSheetAgreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `partner-agreement-${agreement.id}`;
  const heading = t(`enums.agreementKind.${agreement.kind}`);
  return (
    <Paper
      withBorder
      radius="sm"
      p="md"
      component="article"
      aria-labelledby={headingId}
      className={classes.section}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} id={headingId} fz="h4">
            {heading} · {format.partialDate(agreement.signedOn)}
          </Title>
          <Group gap="xs" mt={4}>
            {agreement.title && <Text fz="sm">{agreement.title}</Text>}
            {agreement.exclusive && <ExclusiveBadge />}
            <StatusBadge status={agreement.status} />
          </Group>
        </div>
        <Stack gap={2} align="flex-end" className={classes.noPrint}>
          <Anchor component={Link} to={recordLinks.agreement(agreement.id)} fz="sm">
            {t('partners.partner.openAgreement')}
          </Anchor>
          {agreement.actionCount > 0 && (
            <Anchor component={Link} to={recordLinks.actionsOf(agreement.id)} fz="sm">
              {t('partners.partner.seeActions')}
            </Anchor>
          )}
        </Stack>
      </Group>
      {agreement.themes.length > 0 && (
        <Text fz="sm" mt="xs">
          {agreement.themes
            .map((theme) => (format.language === 'fr' ? theme.labelFr : theme.labelEn))
            .join(' · ')}
        </Text>
      )}
      <Title order={4} fz="sm" mt="md" mb={6}>
        {t('partners.partner.versions')}
      </Title>
      {agreement.versions.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('partners.partner.noVersions')}
        </Text>
      ) : (
        <VersionTimeline
          versions={agreement.versions}
          label={`${t('partners.partner.versions')} · ${heading}`}
        />
      )}
      {agreement.statusChanges.length > 0 && (
        <>
          <Title order={4} fz="sm" mt="md" mb={6}>
            {t('partners.partner.statusChanges')}
          </Title>
          <Stack component="ul" gap={2} m={0} pl="md">
            {agreement.statusChanges.map((change) => (
              <Text component="li" fz="sm" key={`${change.at}-${change.to}`}>
                {format.timestamp(change.at)} ·{' '}
                {change.from ? `${t(`enums.agreementStatus.${change.from}`)} → ` : ''}
                {t(`enums.agreementStatus.${change.to}`)}
                {change.user ? ` · ${change.user}` : ''}
                {change.reason ? ` · ${change.reason}` : ''}
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Paper>
  );
}
