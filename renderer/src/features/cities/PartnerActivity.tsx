import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionRow } from '../../../../shared/schemas/actions';
import type { CityFactSheet } from '../../../../shared/schemas/overview';
import { useFormat } from '../../i18n/useFormat';
import { ActionStatusBadge } from '../dashboard/ActionStatusBadge';
import { localToday } from '../dashboard/dashboardQueries';
import { recordLinks } from '../dashboard/links';
import classes from './PartnerPage.module.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      radius="sm"
      p="md"
      component="section"
      aria-labelledby={id}
      className={classes.section}
    >
      <Title order={2} id={id} fz="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const rowStyle = { borderTop: '1px solid var(--mantine-color-default-border)' };

/** Follow-ups not yet done, soonest first; the overdue ones stand out. */
export function PartnerFollowUps({ actions }: { actions: ActionRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = localToday();
  return (
    <Section id="partner-follow-ups" title={t('partners.partner.followUps')}>
      {actions.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('partners.partner.noFollowUps')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {actions.map((action) => {
            const due = action.followUpOn ?? '';
            return (
              <Group key={action.id} component="li" justify="space-between" py={6} style={rowStyle}>
                <Anchor component={Link} to={recordLinks.action(action.id)} fz="sm" fw={600}>
                  {action.title}
                </Anchor>
                {due < today ? (
                  <Badge color="red" variant="filled" radius="sm" tt="none">
                    {t('partners.dashboard.overdue')} · {format.partialDate(due, 'short')}
                  </Badge>
                ) : (
                  <Text fz="sm" c="dimmed">
                    {t('partners.dashboard.dueOn', { date: format.partialDate(due, 'short') })}
                  </Text>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

/** The people to talk to: partner staff and our own, and how they are linked. */
export function PartnerContacts({ contacts }: { contacts: CityFactSheet['contacts'] }) {
  const { t } = useTranslation();
  return (
    <Section id="partner-contacts" title={t('partners.partner.contacts')}>
      {contacts.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('partners.partner.noContacts')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {contacts.map((contact) => (
            <Group
              key={contact.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              py={6}
              style={rowStyle}
            >
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={recordLinks.contact(contact.id)} fz="sm" fw={600}>
                  {contact.name}
                </Anchor>
                <Text fz="xs" c="dimmed">
                  {[contact.role, contact.organisation].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Badge variant="light" color={contact.side === 'own' ? 'indigo' : 'gray'} tt="none">
                {t(`partners.contacts.sides.${contact.side}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** The city's actions by start date, undated last. */
export function PartnerTimeline({ actions, total }: { actions: ActionRow[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section
      id="partner-timeline"
      title={`${t('partners.partner.timeline')} (${format.number(total)})`}
    >
      {actions.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('partners.partner.noActions')}
        </Text>
      ) : (
        <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {actions.map((action) => (
            <Group key={action.id} component="li" wrap="nowrap" gap="md" py={6} style={rowStyle}>
              <Text fz="sm" c="dimmed" w="9rem" className="tabular" style={{ flexShrink: 0 }}>
                {action.startOn
                  ? format.partialDate(action.startOn, 'short')
                  : t('partners.partner.undated')}
              </Text>
              <Anchor
                component={Link}
                to={recordLinks.action(action.id)}
                fz="sm"
                style={{ flex: 1, minWidth: 0 }}
              >
                {action.title}
              </Anchor>
              <Text fz="xs" c="dimmed" visibleFrom="sm">
                {t(`enums.actionKind.${action.kind}`)}
              </Text>
              <ActionStatusBadge status={action.status} />
            </Group>
          ))}
        </Stack>
      )}
      {total > actions.length && (
        <Text fz="xs" c="dimmed" mt="xs">
          {t('partners.partner.timelineTruncated', {
            shown: format.number(actions.length),
            total: format.number(total),
          })}
        </Text>
      )}
    </Section>
  );
}
