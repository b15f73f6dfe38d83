import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  SIDES,
  VERSION_KINDS,
  type AgreementVersion,
  type Side,
  type VersionKind,
} from '../../../../shared/schemas/versions';
import { FormModal, type FormModalDoors } from '../../components/FormModal';
import { PartialDateInput } from '../../components/PartialDateInput';
import { RecordForm } from '../../components/RecordForm';
import { useFormat } from '../../i18n/useFormat';
import { notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import { translateIssue } from '../../lib/fieldErrors';
import {
  emptyVersionValues,
  newSignatory,
  validateVersion,
  VERSION_FIELDS,
  versionValuesOf,
  type SignatoryValues,
  type VersionFormValues,
} from './versionForm';
import { useCreateVersion, useUpdateVersion } from './versionQueries';

export type VersionFormTarget =
  | { mode: 'create'; agreementId: string; hasOriginal: boolean }
  | { mode: 'edit'; version: AgreementVersion };

/** The dialog of a version's form: a new version of an agreement (or its original) or one to edit. */
export function VersionFormModal(doors: FormModalDoors<VersionFormTarget>) {
  return (
    <FormModal
      {...doors}
      createTitle="partners.versions.createTitle"
      editing={(edit) => ({ record: edit.version, title: ['partners.versions.editTitle'] })}
      size="40rem"
    >
      {(open) => <VersionForm target={open} onDone={doors.onClose} />}
    </FormModal>
  );
}

function VersionForm({ target, onDone }: { target: VersionFormTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useFormState<VersionFormValues>(
    () =>
      target.mode === 'edit'
        ? versionValuesOf(target.version)
        : emptyVersionValues(target.hasOriginal),
    VERSION_FIELDS,
  );
  const create = useCreateVersion();
  const update = useUpdateVersion();
  const { values, setField } = form;
  const agreementId = target.mode === 'edit' ? target.version.agreementId : target.agreementId;
  const error = form.message;
  /** A signatory's issue ("signatories.1.name") shows at that box. */
  const signatoryError = (index: number, part: 'name' | 'role') => {
    const issue = form.errors.signatories;
    return issue && issue.path.replace(/^changes\./, '') === `signatories.${index}.${part}`
      ? translateIssue(t, issue, language)
      : undefined;
  };
  const setSignatory = (index: number, changes: Partial<SignatoryValues>) =>
    setField(
      'signatories',
      values.signatories.map((s, i) => (i === index ? { ...s, ...changes } : s)),
    );

  const submit = () => {
    const input = form.check(validateVersion(agreementId, values));
    if (!input) return;
    const callbacks = {
      onSuccess: () => {
        notifySuccess(t('partners.versions.saved'));
        onDone();
      },
      onError: form.fail,
    };
    const { kind, date, summary, signatories } = input;
    if (target.mode === 'edit') {
      update.mutate(
        { id: target.version.id, changes: { kind, date, summary, signatories } },
        callbacks,
      );
    } else create.mutate(input, callbacks);
  };

  return (
    <RecordForm
      onSubmit={submit}
      onCancel={onDone}
      saving={create.isPending || update.isPending}
      failure={form.formError}
    >
      <Select
        label={t('partners.versions.kind')}
        data={VERSION_KINDS.map((kind) => ({
          value: kind,
          label: t(`partners.versions.kinds.${kind}`),
        }))}
        value={values.kind}
        onChange={(kind) => kind && setField('kind', kind as VersionKind)}
        allowDeselect={false}
        error={error('kind')}
        withAsterisk
      />
      <div>
        <PartialDateInput
          legend={t('partners.versions.date')}
          value={values.date}
          onChange={(date) => setField('date', date)}
          error={error('date')}
          required
        />
        <Text fz="xs" c="dimmed" mt={4}>
          {t('form.partialDateHint')}
        </Text>
      </div>
      <Textarea
        label={t('partners.versions.summary')}
        value={values.summary}
        onChange={(event) => setField('summary', event.currentTarget.value)}
        error={error('summary')}
        autosize
        minRows={2}
        maxRows={6}
      />
      <Fieldset legend={t('partners.versions.signatories')} variant="unstyled">
        <Stack gap="xs">
          {values.signatories.length === 0 && (
            <Text fz="sm" c="dimmed">
              {t('partners.versions.noSignatories')}
            </Text>
          )}
          {values.signatories.map((signatory, index) => (
            <Group
              key={signatory.key}
              gap="xs"
              align="flex-start"
              wrap="nowrap"
              role="group"
              aria-label={t('partners.versions.signatory', { n: index + 1 })}
            >
              <TextInput
                label={t('partners.versions.signatoryName')}
                value={signatory.name}
                onChange={(event) => setSignatory(index, { name: event.currentTarget.value })}
                error={signatoryError(index, 'name')}
                withAsterisk
                maxLength={120}
                style={{ flex: 2 }}
              />
              <TextInput
                label={t('partners.versions.signatoryRole')}
                value={signatory.role}
                onChange={(event) => setSignatory(index, { role: event.currentTarget.value })}
                error={signatoryError(index, 'role')}
                maxLength={120}
                style={{ flex: 2 }}
              />
              <Select
                label={t('partners.versions.signatorySide')}
                data={SIDES.map((side) => ({
                  value: side,
                  label: t(`partners.versions.side.${side}`),
                }))}
                value={signatory.side}
                onChange={(side) => side && setSignatory(index, { side: side as Side })}
                allowDeselect={false}
                style={{ flex: 1.4 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={t('partners.versions.removeSignatory', { n: index + 1 })}
                onClick={() =>
                  setField(
                    'signatories',
                    values.signatories.filter((_, i) => i !== index),
                  )
                }
              >
                <IconX size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={() => setField('signatories', [...values.signatories, newSignatory()])}
            >
              {t('partners.versions.addSignatory')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </RecordForm>
  );
}
