import { Button, Divider, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconFileImport, IconPlayerStop } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { BatchList } from './BatchList';
import { CommitStep } from './CommitStep';
import { FileStep } from './FileStep';
import { missingFields } from './mappingEdit';
import { MappingStep } from './MappingStep';
import { OptionsStep } from './OptionsStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { STEPS, useImportWizard, type ImportWizard, type Step } from './useImportWizard';

/**
 * The import screen (/import): a spreadsheet brought in step by step — file, sheet and header
 * row, columns, the rows as they will be stored with their problems, what to do with records
 * already there and a dry run, then the import and its report — with the past imports below.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('importScreen.title'));
  const wizard = useImportWizard();
  // Once the import is done, every step is.
  const active = wizard.run.status?.state === 'done' ? STEPS.length : STEPS.indexOf(wizard.step);
  const running = wizard.run.running || wizard.step === 'commit';

  const body: Record<Step, ReactNode> = {
    file: <FileStep onUploaded={wizard.uploaded} />,
    sheet: <SheetStep wizard={wizard} />,
    mapping: <MappingStep wizard={wizard} />,
    preview: <PreviewStep wizard={wizard} />,
    options: <OptionsStep wizard={wizard} />,
    commit: <CommitStep wizard={wizard} />,
  };

  return (
    <Stack gap="lg" maw="80rem">
      <Stack gap={4}>
        <Title order={1}>{t('importScreen.title')}</Title>
        <Text c="dimmed" maw="48rem">
          {t('importScreen.intro')}
        </Text>
      </Stack>
      <Stepper
        active={active}
        onStepClick={(index) => !running && index < active && wizard.setStep(STEPS[index]!)}
        allowNextStepsSelect={false}
        size="sm"
        aria-label={t('importScreen.steps.label')}
      >
        {STEPS.map((step) => (
          <Stepper.Step key={step} label={t(`importScreen.steps.${step}`)} />
        ))}
      </Stepper>
      {wizard.file && wizard.step !== 'file' && (
        <Text fz="sm" fw={500}>
          {t('importScreen.fileLine', { name: wizard.file.name })}
        </Text>
      )}
      <section aria-label={t(`importScreen.steps.${wizard.step}`)}>{body[wizard.step]}</section>
      <StepButtons wizard={wizard} />
      <Divider />
      <BatchList />
    </Stack>
  );
}

/** Back, Stop and Next (or Import now) under the current step. */
function StepButtons({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { step } = wizard;
  if (step === 'file' || step === 'commit') return null;

  const previous: Partial<Record<Step, Step>> = {
    mapping: 'sheet',
    preview: 'mapping',
    options: 'preview',
  };
  const back = () => {
    const to = previous[step];
    if (to) wizard.setStep(to);
    else wizard.restart();
  };
  const stop = () => {
    wizard.restart();
    notifications.show({ color: 'gray', message: t('importScreen.preview.stopped') });
  };
  const counts = wizard.preview.data?.counts;

  let next: ReactNode = null;
  if (step === 'sheet')
    next = (
      <Button
        rightSection={<IconArrowRight size={16} aria-hidden="true" />}
        disabled={!wizard.inspection}
        onClick={wizard.toMapping}
      >
        {t('importScreen.next')}
      </Button>
    );
  else if (step === 'mapping')
    next = (
      <Button
        rightSection={<IconArrowRight size={16} aria-hidden="true" />}
        disabled={!wizard.mapping || missingFields(wizard.mapping).length > 0}
        onClick={() => wizard.setStep('preview')}
      >
        {t('importScreen.next')}
      </Button>
    );
  else if (step === 'preview')
    next = (
      <Button
        rightSection={<IconArrowRight size={16} aria-hidden="true" />}
        disabled={
          !counts || wizard.preview.isFetching || (counts.invalid > 0 && !wizard.skipInvalid)
        }
        onClick={() => wizard.setStep('options')}
      >
        {t('importScreen.next')}
      </Button>
    );
  else if (step === 'options')
    next = (
      <Button
        leftSection={<IconFileImport size={16} aria-hidden="true" />}
        disabled={wizard.dryRun.running || !wizard.previewRequest}
        onClick={() => {
          const request = wizard.runRequest(false);
          if (!request) return;
          wizard.setStep('commit');
          void wizard.run.start(request);
        }}
      >
        {t('importScreen.commit.start')}
      </Button>
    );

  return (
    <Group justify="space-between">
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
          onClick={back}
        >
          {t('importScreen.back')}
        </Button>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconPlayerStop size={16} aria-hidden="true" />}
          onClick={stop}
        >
          {t('importScreen.preview.stop')}
        </Button>
      </Group>
      {next}
    </Group>
  );
}
