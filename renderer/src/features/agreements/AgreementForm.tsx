import { Checkbox, Group, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../../shared/domain/enums';
import type { AgreementRow } from '../../../../shared/schemas/agreements';
import { PartialDateInput } from '../../components/PartialDateInput';
import { RecordForm } from '../../components/RecordForm';
import { pickFields } from '../../lib/fieldErrors';
import { notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import {
  AGREEMENT_FIELDS,
  agreementValuesOf,
  fieldsToSend,
  emptyAgreementValues,
  validateAgreement,
  type AgreementFormValues,
} from './agreementForm';
import type { AgreementFormTarget } from './agreementForm';
import { AgreementLinkFields } from './AgreementLinkFields';
import { CityPicker } from './CityPicker';
import { useCreateAgreement, useUpdateAgreement } from './useAgreementMutations';

interface Props {
  target: AgreementFormTarget;
  onCancel: () => void;
  onSaved: (agreement: AgreementRow) => void;
}

/**
 * Every field of an agreement. Checked with the shared schema and rules before anything is
 * sent; main's own refusals land at the same fields.
 */
export function AgreementForm({ target, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useFormState<AgreementFormValues>(
    () => (target.mode === 'edit' ? agreementValuesOf(target.agreement) : emptyAgreementValues()),
    AGREEMENT_FIELDS,
  );
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const saving = create.isPending || update.isPending;
  const { values, setField, message: error } = form;

  const submit = () => {
    const input = form.check(validateAgreement(values));
    if (!input) return;
    const callbacks = {
      onSuccess: (saved: AgreementRow) => {
        notifySuccess(t('form.saved', { city: saved.cityName }));
        onSaved(saved);
      },
      onError: form.fail,
    };
    const changes = pickFields(input, fieldsToSend(values));
    if (target.mode === 'edit') update.mutate({ id: target.agreement.id, changes }, callbacks);
    else create.mutate(changes, callbacks);
  };

  return (
    <RecordForm onSubmit={submit} onCancel={onCancel} saving={saving} failure={form.formError}>
      <CityPicker
        value={values.cityId}
        onChange={(id) => setField('cityId', id)}
        error={error('cityId')}
      />
      <Group gap="sm" align="flex-start" grow>
        <Select
          label={t('agreement.kind')}
          data={AGREEMENT_KINDS.map((kind) => ({
            value: kind,
            label: t(`enums.agreementKind.${kind}`),
          }))}
          value={values.kind}
          onChange={(kind) => kind && setField('kind', kind as AgreementFormValues['kind'])}
          allowDeselect={false}
          error={error('kind')}
          withAsterisk
        />
        <Select
          label={t('agreement.status')}
          data={AGREEMENT_STATUSES.map((status) => ({
            value: status,
            label: t(`enums.agreementStatus.${status}`),
          }))}
          value={values.status}
          onChange={(status) =>
            status && setField('status', status as AgreementFormValues['status'])
          }
          allowDeselect={false}
          error={error('status')}
          withAsterisk
        />
      </Group>
      <Checkbox
        label={t('agreement.exclusive')}
        description={t('agreement.exclusiveHint')}
        checked={values.exclusive}
        onChange={(event) => setField('exclusive', event.currentTarget.checked)}
        error={error('exclusive')}
      />
      <div>
        <Group gap="lg" align="flex-start" wrap="nowrap">
          <PartialDateInput
            legend={t('agreement.signedOn')}
            value={values.signedOn}
            onChange={(date) => setField('signedOn', date)}
            error={error('signedOn')}
            required
          />
          <PartialDateInput
            legend={t('agreement.endedOn')}
            value={values.endedOn}
            onChange={(date) => setField('endedOn', date)}
            error={error('endedOn')}
          />
        </Group>
        <Text fz="xs" c="dimmed" mt={4}>
          {t('form.partialDateHint')}
        </Text>
      </div>
      <TextInput
        label={t('agreement.title')}
        description={t('form.titleHint')}
        value={values.title}
        onChange={(event) => setField('title', event.currentTarget.value)}
        error={error('title')}
        maxLength={200}
      />
      <AgreementLinkFields
        themeIds={values.themeIds}
        contactIds={values.contactIds}
        onThemes={(ids) => setField('themeIds', ids)}
        onContacts={(ids) => setField('contactIds', ids)}
        themeError={error('themeIds')}
        contactError={error('contactIds')}
      />
      <Textarea
        label={t('agreement.notes')}
        value={values.notes}
        onChange={(event) => setField('notes', event.currentTarget.value)}
        error={error('notes')}
        autosize
        minRows={2}
        maxRows={8}
      />
      <Textarea
        label={t('agreement.endReason')}
        value={values.endReason}
        onChange={(event) => setField('endReason', event.currentTarget.value)}
        error={error('endReason')}
        autosize
        minRows={1}
        maxRows={4}
      />
    </RecordForm>
  );
}
