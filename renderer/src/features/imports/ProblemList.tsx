import { Button, Group, Paper, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCheck,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFix, ImportProblemView } from '../../../../shared/schemas/imports';
import { useFormat } from '../../i18n/useFormat';
import { problemMessage, problemPlace } from './problemText';

/** How many problems are listed at once: the first ones, the rest counted. */
export const PROBLEMS_SHOWN = 100;

interface Props {
  problems: ImportProblemView[];
  fixes: Record<string, ImportFix>;
  skipRows: number[];
  onFix: (fix: ImportFix) => void;
  onToggleSkip: (row: number) => void;
}

/** Every problem at its row and column, each with a field to correct the value and a way to skip its row. */
export function ProblemList({ problems, fixes, skipRows, onFix, onToggleSkip }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <Stack gap="xs">
      {shown.map((problem) => (
        <ProblemItem
          key={`${problem.row}:${problem.column ?? '-'}:${problem.code}`}
          problem={problem}
          fixed={problem.column === null ? undefined : fixes[`${problem.row}:${problem.column}`]}
          skipped={skipRows.includes(problem.row)}
          onFix={onFix}
          onToggleSkip={onToggleSkip}
        />
      ))}
      {problems.length > shown.length && (
        <Text fz="sm" c="dimmed">
          {t('importScreen.preview.moreProblems', {
            count: problems.length - shown.length,
            more: format.number(problems.length - shown.length),
          })}
        </Text>
      )}
    </Stack>
  );
}

interface ItemProps {
  problem: ImportProblemView;
  fixed: ImportFix | undefined;
  skipped: boolean;
  onFix: (fix: ImportFix) => void;
  onToggleSkip: (row: number) => void;
}

function ProblemItem({ problem, fixed, skipped, onFix, onToggleSkip }: ItemProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(fixed?.value ?? problem.value);
  const place = problemPlace(t, problem);
  const column = problem.column;
  const apply = () => column !== null && onFix({ row: problem.row, column, value: value.trim() });
  return (
    <Paper withBorder radius="sm" p="sm" opacity={skipped ? 0.6 : 1}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 20rem' }}>
          <Group gap={6} wrap="nowrap">
            <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden="true" />
            <Text fz="sm" fw={600}>
              {place}
            </Text>
          </Group>
          <Text fz="sm">{problemMessage(t, problem)}</Text>
        </Stack>
        {column !== null && !skipped && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              apply();
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                size="sm"
                label={t('importScreen.preview.fix')}
                aria-label={t('importScreen.preview.fixFor', {
                  row: problem.row,
                  column: problem.columnName ?? '',
                })}
                value={value}
                onChange={(event) => setValue(event.currentTarget.value)}
                w="14rem"
              />
              <Button
                type="submit"
                size="sm"
                variant="light"
                leftSection={<IconCheck size={16} aria-hidden="true" />}
              >
                {t('importScreen.preview.applyFix')}
              </Button>
            </Group>
          </form>
        )}
        <Button
          size="sm"
          variant="default"
          leftSection={
            skipped ? (
              <IconArrowBackUp size={16} aria-hidden="true" />
            ) : (
              <IconPlayerSkipForward size={16} aria-hidden="true" />
            )
          }
          onClick={() => onToggleSkip(problem.row)}
        >
          {skipped ? t('importScreen.preview.unskipRow') : t('importScreen.preview.skipRow')}
          <VisuallyHidden> ({place})</VisuallyHidden>
        </Button>
      </Group>
    </Paper>
  );
}
