import {
  Button,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../../shared/schemas/actions';
import type { Contact } from '../../../../shared/schemas/contacts';
import { errorMessage } from '../../lib/notify';
import { agreementQueries } from '../agreements/agreementQueries';
import { useCreateContact } from '../contacts/contactQueries';

interface Props {
  /** The action's agreement: a partner-side participant belongs to its partner city. */
  agreementId: string | null;
  onAdded: (contact: Contact, role: ParticipantRole) => void;
}

/**
 * Someone not yet in the contacts, added to the action where they are typed: name,
 * organisation, side and role. Saved at once as a contact (so the next action finds them),
 * then added to this action's participants.
 */
export function NewParticipant({ agreementId, onAdded }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [side, setSide] = useState<'partner' | 'own'>('partner');
  const [jobRole, setJobRole] = useState('');
  const [role, setRole] = useState<ParticipantRole>('participant');
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateContact();
  const agreement = useQuery({
    ...agreementQueries.detail(agreementId ?? ''),
    enabled: agreementId !== null,
  });

  if (!open) {
    return (
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconUserPlus size={16} aria-hidden="true" />}
          onClick={() => setOpen(true)}
        >
          {t('tracking.form.newParticipant')}
        </Button>
      </Group>
    );
  }

  const add = () => {
    if (!name.trim()) {
      setFailure(t('errors.required'));
      return;
    }
    setFailure(null);
    create.mutate(
      {
        name,
        organisation,
        role: jobRole,
        side,
        cityId: side === 'partner' ? (agreement.data?.cityId ?? null) : null,
      },
      {
        onSuccess: (contact) => {
          onAdded(contact, role);
          setName('');
          setOrganisation('');
          setJobRole('');
          setOpen(false);
        },
        onError: (error) => setFailure(errorMessage(error)),
      },
    );
  };

  return (
    <Fieldset legend={t('tracking.form.newParticipant')}>
      <Stack
        gap="xs"
        onKeyDown={(event) => {
          // Enter adds the participant; it must not save the whole action around it.
          if (
            event.key === 'Enter' &&
            event.target instanceof HTMLInputElement &&
            event.target.type === 'text'
          ) {
            event.preventDefault();
            add();
          }
        }}
      >
        <Group grow align="flex-start">
          <TextInput
            label={t('partners.contacts.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={failure}
            withAsterisk
            data-autofocus
            maxLength={200}
          />
          <TextInput
            label={t('partners.contacts.organisation')}
            value={organisation}
            onChange={(event) => setOrganisation(event.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-end">
          <Stack gap={4}>
            <Text fz="sm" fw={500} id="new-participant-side">
              {t('partners.contacts.side')}
            </Text>
            <SegmentedControl
              aria-labelledby="new-participant-side"
              value={side}
              onChange={(value) => setSide(value === 'own' ? 'own' : 'partner')}
              data={[
                { value: 'partner', label: t('partners.contacts.sides.partner') },
                { value: 'own', label: t('partners.contacts.sides.own') },
              ]}
            />
          </Stack>
          <TextInput
            label={t('partners.contacts.role')}
            value={jobRole}
            onChange={(event) => setJobRole(event.currentTarget.value)}
          />
          <Select
            label={t('tracking.form.participantRole')}
            data={PARTICIPANT_ROLES.map((value) => ({ value, label: t(`tracking.role.${value}`) }))}
            value={role}
            onChange={(value) => value && setRole(value as ParticipantRole)}
            allowDeselect={false}
          />
        </Group>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="compact-sm" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button size="compact-sm" onClick={add} loading={create.isPending}>
            {t('tracking.form.addParticipant')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
