import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotesSection } from '../../../../shared/reports/document';
import { useFormat } from '../../i18n/useFormat';
import classes from './Report.module.css';

/** Entries drawn at first and added per click: a large register can record thousands. */
const PAGE = 50;

/** What came of each action and what residents gain, as the team wrote it. */
export function NotesView({ section }: { section: NotesSection }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const [shown, setShown] = useState(PAGE);
  const entries = section.entries.slice(0, shown);
  const rest = section.entries.length - entries.length;
  // A long section comes with its first entries; the exports hold every one.
  const total = section.total ?? section.entries.length;
  if (section.entries.length === 0) {
    return section.emptyMessage ? <Text c="dimmed">{section.emptyMessage}</Text> : null;
  }
  return (
    <Stack gap="sm">
      {entries.map((entry, index) => (
        <Paper key={index} withBorder radius="sm" p="md" component="article">
          <Title order={3} fz="md">
            {entry.heading}
          </Title>
          {entry.meta && (
            <Text fz="sm" c="dimmed" mb="xs">
              {entry.meta}
            </Text>
          )}
          <Stack gap="xs">
            {entry.paragraphs.map((paragraph) => (
              <div key={paragraph.label}>
                <Text fz="sm" fw={600}>
                  {paragraph.label}
                </Text>
                <Text fz="sm" className={classes.paragraph}>
                  {paragraph.text}
                </Text>
              </div>
            ))}
          </Stack>
        </Paper>
      ))}
      {(rest > 0 || total > entries.length) && (
        <Stack gap={4} align="flex-start">
          <Text fz="sm" c="dimmed">
            {t('reports.view.shownOf', { shown: number(entries.length), total: number(total) })}
          </Text>
          {rest === 0 && (
            <Text fz="sm" c="dimmed">
              {t('reports.view.notesInExports')}
            </Text>
          )}
          {rest > 0 && (
            <Button variant="light" onClick={() => setShown((count) => count + PAGE)}>
              {t('reports.view.showMore', { count: Math.min(PAGE, rest) })}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
