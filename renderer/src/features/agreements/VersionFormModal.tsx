import { FormModal } from '../../components/FormModal';
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
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { PartialDateInput } from '../../components/PartialDateInput';
import { useFormat } from '../../i18n/useFormat';
import { sortIssues, spreadFailure } from '../../lib/fieldErrors';
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

export function VersionFormModal({
  target,
  onClose,
}: {
  target: VersionFormTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={
        target?.mode === 'edit'
          ? t('partners.versions.editTitle')
          : t('partners.versions.createTitle')
      }
      size="40rem"
    >
      {target && (
        <VersionForm
          key={target.mode === 'edit' ? target.version.id + target.version.updatedAt : 'new'}
          target={target}
          onDone={onClose}
        />
      )}
    </FormModal>
  );
}

function VersionForm({ target, onDone }: { target: VersionFormTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useFormState<VersionFormValues>(() =>
    target.mode === 'edit'
      ? versionValuesOf(target.version)
      : emptyVersionValues(target.hasOriginal),
  );
  const create = useCreateVersion();
  const update = useUpdateVersion();
  const { values, setField } = form;
  const agreementId = target.mode === 'edit' ? target.version.agreementId : target.agreementId;
  const error = (field: (typeof VERSION_FIELDS)[number]) => {
    const issue = form.errors[field];
    return issue ? translateIssue(t, issue, language) : undefined;
  };
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
    form.setFormError(null);
    const checked = validateVersion(agreementId, values);
    if (!checked.ok) {
      const { byField, rest } = sortIssues(checked.issues, VERSION_FIELDS);
      form.setErrors(byField);
      if (rest.length > 0) form.setFormError({ error: null, rest });
      return;
    }
    const callbacks = {
      onSuccess: () => {
        notifySuccess(t('partners.versions.saved'));
        onDone();
      },
      onError: (failed: unknown) => {
        const { byField, failure } = spreadFailure(failed, VERSION_FIELDS);
        form.setErrors(byField);
        form.setFormError(failure);
      },
    };
    const { kind, date, summary, signatories } = checked.input;
    if (target.mode === 'edit') {
      update.mutate(
        { id: target.version.id, changes: { kind, date, summary, signatories } },
        callbacks,
      );
    } else create.mutate(checked.input, callbacks);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <FormFailureAlert failure={form.formError} />
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
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
