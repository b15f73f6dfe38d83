import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../../shared/domain/enums';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { DateTextInput } from '../../components/DateTextInput';
import { RecordForm } from '../../components/RecordForm';
import type { ActionFormTarget, ActionFormValues } from './actionForm';
import { ActionBudgetFields } from './ActionBudgetFields';
import { ActionIndicatorFields } from './ActionIndicatorFields';
import { ActionLinkFields } from './ActionLinkFields';
import { AgreementSelect } from './AgreementSelect';
import { useActionForm } from './useActionForm';

interface Props {
  target: ActionFormTarget;
  onCancel: () => void;
  onSaved: (action: ActionDetail) => void;
}

/**
 * Every field of an action. Checked with the shared schema and rules before anything is
 * sent; main's refusals land at the same fields (indicator rows included).
 */
export function ActionForm({ target, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const { fields, formRef, formError, submit, saving } = useActionForm(target, onSaved);
  const { values, set, error } = fields;

  return (
    <RecordForm
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
      saving={saving}
      failure={formError}
    >
      <AgreementSelect
        value={values.agreementId}
        onChange={(id) => set('agreementId', id)}
        error={error('agreementId')}
      />
      <TextInput
        label={t('tracking.field.title')}
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={error('title')}
        withAsterisk
        data-autofocus
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('tracking.field.kind')}
          data={ACTION_KINDS.map((kind) => ({
            value: kind,
            label: t(`enums.actionKind.${kind}`),
          }))}
          value={values.kind}
          onChange={(kind) => set('kind', kind as ActionFormValues['kind'])}
          error={error('kind')}
          withAsterisk
        />
        <Select
          label={t('tracking.field.status')}
          data={ACTION_STATUSES.map((status) => ({
            value: status,
            label: t(`enums.actionStatus.${status}`),
          }))}
          value={values.status}
          onChange={(status) => status && set('status', status as ActionFormValues['status'])}
          error={error('status')}
          allowDeselect={false}
        />
        <DateTextInput
          label={t('tracking.field.startOn')}
          description={t('tracking.form.datesHint')}
          value={values.startOn}
          onChange={(date) => set('startOn', date)}
          error={error('startOn')}
        />
        <DateTextInput
          label={t('tracking.field.endOn')}
          description={t('tracking.form.datesHint')}
          value={values.endOn}
          onChange={(date) => set('endOn', date)}
          error={error('endOn')}
        />
        <TextInput
          label={t('tracking.field.place')}
          value={values.place}
          onChange={(event) => set('place', event.currentTarget.value)}
          error={error('place')}
        />
        <TextInput
          label={t('tracking.field.leadDepartment')}
          value={values.leadDepartment}
          onChange={(event) => set('leadDepartment', event.currentTarget.value)}
          error={error('leadDepartment')}
        />
      </SimpleGrid>
      <TextInput
        label={t('tracking.field.partnerCounterpart')}
        value={values.partnerCounterpart}
        onChange={(event) => set('partnerCounterpart', event.currentTarget.value)}
        error={error('partnerCounterpart')}
      />
      <ActionLinkFields target={target} {...fields} />
      <ActionBudgetFields {...fields} />
      <TextInput
        label={t('tracking.field.fundingSource')}
        value={values.fundingSource}
        onChange={(event) => set('fundingSource', event.currentTarget.value)}
        error={error('fundingSource')}
      />
      <DateTextInput
        label={t('tracking.field.followUpOn')}
        description={t('tracking.form.followUpHint')}
        value={values.followUpOn ?? ''}
        onChange={(date) => set('followUpOn', date || null)}
        error={error('followUpOn')}
      />
      <Textarea
        label={t('tracking.field.outcomes')}
        value={values.outcomes}
        onChange={(event) => set('outcomes', event.currentTarget.value)}
        error={error('outcomes')}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('tracking.field.residentBenefits')}
        value={values.residentBenefits}
        onChange={(event) => set('residentBenefits', event.currentTarget.value)}
        error={error('residentBenefits')}
        autosize
        minRows={2}
      />
      <ActionIndicatorFields {...fields} />
      <Textarea
        label={t('tracking.field.notes')}
        value={values.notes}
        onChange={(event) => set('notes', event.currentTarget.value)}
        error={error('notes')}
        autosize
        minRows={2}
      />
    </RecordForm>
  );
}
