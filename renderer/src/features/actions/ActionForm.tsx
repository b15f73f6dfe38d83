import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../../shared/domain/enums';
import type { FieldIssue } from '../../../../shared/ipc/result';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useFormat } from '../../i18n/useFormat';
import { issuesOf, pickFields, type FormFailure } from '../../lib/fieldErrors';
import { notifySuccess } from '../../lib/notify';
import { actionQueries } from './actionQueries';
import {
  ACTION_FIELDS,
  actionValuesOf,
  emptyActionValues,
  newKey,
  validateAction,
  type ActionFormValues,
  type IndicatorValues,
} from './actionForm';
import type { ActionFormTarget } from './ActionFormModal';
import { themeLabel } from './ActionBadges';
import { AgreementSelect } from './AgreementSelect';
import { decimalSeparator, groupSeparator, safeMinorDigits } from './money';
import { translateIssue } from '../../lib/fieldErrors';
import { useSaveAction } from './useActionMutations';

interface Props {
  target: ActionFormTarget;
  onCancel: () => void;
  onSaved: (action: ActionDetail) => void;
}

/** Issue paths of an update start with `changes.`. */
const bare = (path: string) => path.replace(/^changes\./, '');

/**
 * Every field of an action. Checked with the shared schema and rules before anything is
 * sent; main's refusals land at the same fields (indicator rows included).
 */
export function ActionForm({ target, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState<ActionFormValues>(() =>
    target.mode === 'edit' ? actionValuesOf(target.action) : emptyActionValues(target.agreementId),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const save = useSaveAction();
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, the first field at fault takes the focus (and scrolls into view).
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  const themes = useQuery(actionQueries.themes());
  const contacts = useQuery(actionQueries.contacts());

  const set = <K extends keyof ActionFormValues>(
    field: K,
    value: ActionFormValues[K],
    path: string = field,
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    setIssues((current) => current.filter((issue) => !bare(issue.path).startsWith(path)));
  };

  /** The first issue at a path (or under it, when `exact` is false). */
  const error = (path: string, exact = false) => {
    const issue = issues.find((candidate) => {
      const p = bare(candidate.path);
      return exact ? p === path : p === path || p.startsWith(`${path}.`);
    });
    return issue ? translateIssue(t, issue, format.language) : undefined;
  };

  const themeOptions = useMemo(
    () =>
      (themes.data ?? [])
        .map((theme) => ({ value: theme.id, label: themeLabel(theme, format.language) }))
        .sort((a, b) => a.label.localeCompare(b.label, format.language)),
    [themes.data, format.language],
  );
  const contactOptions = useMemo(() => {
    const options = (contacts.data?.rows ?? []).map((contact) => ({
      value: contact.id,
      label: [contact.name, contact.organisation || contact.cityName].filter(Boolean).join(' · '),
    }));
    // Contacts already linked stay selectable even beyond the first page of the directory.
    if (target.mode === 'edit') {
      for (const p of target.action.participants) {
        if (!options.some((option) => option.value === p.contactId)) {
          options.push({ value: p.contactId, label: p.name });
        }
      }
    }
    return options;
  }, [contacts.data, target]);

  const decimal = decimalSeparator(format.language);
  const group = groupSeparator(format.language);

  const setIndicator = (index: number, patch: Partial<IndicatorValues>) =>
    set(
      'indicators',
      values.indicators.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      `indicators.${index}.${Object.keys(patch)[0] ?? ''}`,
    );

  const submit = () => {
    setFailure(null);
    const checked = validateAction(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      focusFirstError();
      const rest = checked.issues.filter(
        (issue) =>
          !(ACTION_FIELDS as readonly string[]).includes(bare(issue.path).split('.')[0] ?? ''),
      );
      if (rest.length > 0) setFailure({ error: null, rest });
      return;
    }
    const callbacks = {
      onSuccess: (saved: ActionDetail) => {
        notifySuccess(t('tracking.form.saved', { title: saved.title }));
        onSaved(saved);
      },
      onError: (cause: unknown) => {
        const found = issuesOf(cause);
        setIssues(found);
        focusFirstError();
        const placed = found.filter((issue) =>
          (ACTION_FIELDS as readonly string[]).includes(bare(issue.path).split('.')[0] ?? ''),
        );
        setFailure(
          placed.length > 0 && placed.length === found.length
            ? null
            : { error: cause, rest: found.filter((issue) => !placed.includes(issue)) },
        );
      },
    };
    if (target.mode === 'edit') {
      save.mutate(
        { update: { id: target.action.id, changes: pickFields(checked.input, ACTION_FIELDS) } },
        callbacks,
      );
    } else {
      save.mutate({ create: checked.input }, callbacks);
    }
  };

  const moneyProps = (currency: string) => ({
    decimalSeparator: decimal,
    thousandSeparator: group,
    decimalScale: safeMinorDigits(currency.trim().toUpperCase() || 'EUR'),
    min: 0,
    allowNegative: false,
  });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <FormFailureAlert failure={failure} />
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
          <TextInput
            label={t('tracking.field.startOn')}
            description={t('tracking.form.datesHint')}
            placeholder={t('tracking.list.datePlaceholder')}
            value={values.startOn}
            onChange={(event) => set('startOn', event.currentTarget.value)}
            error={error('startOn')}
          />
          <TextInput
            label={t('tracking.field.endOn')}
            description={t('tracking.form.datesHint')}
            placeholder={t('tracking.list.datePlaceholder')}
            value={values.endOn}
            onChange={(event) => set('endOn', event.currentTarget.value)}
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
        <MultiSelect
          label={t('tracking.field.themes')}
          data={themeOptions}
          value={values.themeIds}
          onChange={(ids) => set('themeIds', ids)}
          error={error('themeIds')}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
        />
        <MultiSelect
          label={t('tracking.field.contacts')}
          placeholder={t('tracking.form.contactsSearch')}
          data={contactOptions}
          value={values.contactIds}
          onChange={(ids) => set('contactIds', ids, 'participants')}
          error={error('participants')}
          searchable
          clearable
          limit={50}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Fieldset legend={t('tracking.field.budget')} variant="unstyled">
          <SimpleGrid cols={4}>
            <NumberInput
              label={t('tracking.field.budgetPlanned')}
              value={values.plannedAmount}
              onChange={(value) =>
                set(
                  'plannedAmount',
                  typeof value === 'number' ? value : value === '' ? '' : Number(value),
                  'budgetPlanned',
                )
              }
              error={error('budgetPlanned.amountMinor') ?? error('budgetPlanned', true)}
              {...moneyProps(values.plannedCurrency)}
            />
            <TextInput
              label={t('tracking.field.currency')}
              aria-label={`${t('tracking.field.budgetPlanned')} – ${t('tracking.field.currency')}`}
              placeholder={t('tracking.form.currencyPlaceholder')}
              value={values.plannedCurrency}
              onChange={(event) =>
                set('plannedCurrency', event.currentTarget.value.toUpperCase(), 'budgetPlanned')
              }
              error={error('budgetPlanned.currency')}
              maxLength={3}
            />
            <NumberInput
              label={t('tracking.field.budgetSpent')}
              value={values.spentAmount}
              onChange={(value) =>
                set(
                  'spentAmount',
                  typeof value === 'number' ? value : value === '' ? '' : Number(value),
                  'budgetSpent',
                )
              }
              error={error('budgetSpent.amountMinor') ?? error('budgetSpent', true)}
              {...moneyProps(values.spentCurrency || values.plannedCurrency)}
            />
            <TextInput
              label={t('tracking.field.currency')}
              aria-label={`${t('tracking.field.budgetSpent')} – ${t('tracking.field.currency')}`}
              placeholder={values.plannedCurrency || t('tracking.form.currencyPlaceholder')}
              value={values.spentCurrency}
              onChange={(event) =>
                set('spentCurrency', event.currentTarget.value.toUpperCase(), 'budgetSpent')
              }
              error={error('budgetSpent.currency')}
              maxLength={3}
            />
          </SimpleGrid>
        </Fieldset>
        <TextInput
          label={t('tracking.field.fundingSource')}
          value={values.fundingSource}
          onChange={(event) => set('fundingSource', event.currentTarget.value)}
          error={error('fundingSource')}
        />
        <DateInput
          label={t('tracking.field.followUpOn')}
          description={t('tracking.form.followUpHint')}
          value={values.followUpOn}
          onChange={(value) => set('followUpOn', value ? String(value).slice(0, 10) : null)}
          error={error('followUpOn')}
          valueFormat="LL"
          clearable
          clearButtonProps={{ 'aria-label': t('common.cancel') }}
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
        <Fieldset legend={t('tracking.field.indicators')}>
          <Stack gap="xs">
            {values.indicators.length === 0 && (
              <Text fz="sm" c="dimmed">
                {t('tracking.detail.noIndicators')}
              </Text>
            )}
            {values.indicators.map((row, index) => (
              <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('tracking.field.indicatorName')}
                  value={row.name}
                  onChange={(event) => setIndicator(index, { name: event.currentTarget.value })}
                  error={error(`indicators.${index}.name`)}
                  style={{ flex: 2 }}
                  withAsterisk
                />
                <TextInput
                  label={t('tracking.field.indicatorUnit')}
                  value={row.unit}
                  onChange={(event) => setIndicator(index, { unit: event.currentTarget.value })}
                  error={error(`indicators.${index}.unit`)}
                  style={{ flex: 1 }}
                />
                <NumberInput
                  label={t('tracking.field.indicatorTarget')}
                  value={row.target}
                  onChange={(value) =>
                    setIndicator(index, { target: value === '' ? '' : Number(value) })
                  }
                  error={error(`indicators.${index}.target`)}
                  decimalSeparator={decimal}
                  thousandSeparator={group}
                  min={0}
                  style={{ flex: 1 }}
                />
                <NumberInput
                  label={t('tracking.field.indicatorAchieved')}
                  value={row.achieved}
                  onChange={(value) =>
                    setIndicator(index, { achieved: value === '' ? '' : Number(value) })
                  }
                  error={error(`indicators.${index}.achieved`)}
                  decimalSeparator={decimal}
                  thousandSeparator={group}
                  min={0}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  mt={28}
                  variant="subtle"
                  color="red"
                  aria-label={t('tracking.form.removeIndicator', { index: index + 1 })}
                  onClick={() =>
                    set(
                      'indicators',
                      values.indicators.filter((_, i) => i !== index),
                    )
                  }
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() =>
                  set('indicators', [
                    ...values.indicators,
                    { key: newKey(), name: '', unit: '', target: '', achieved: '' },
                  ])
                }
              >
                {t('tracking.form.addIndicator')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Textarea
          label={t('tracking.field.notes')}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={error('notes')}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
