import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementVersion } from '../../../../shared/schemas/versions';
import { useFormat } from '../../i18n/useFormat';
import classes from './VersionTimeline.module.css';

interface Props {
  versions: AgreementVersion[];
  /** Names the list for assistive technology ("History of the agreement"). */
  label: string;
  /** Buttons shown next to a version (edit, delete), in the drawer. */
  tools?: (version: AgreementVersion) => ReactNode;
}

/** Original, renewals, amendments and new pacts, oldest first, with their signatories. */
export function VersionTimeline({ versions, label, tools }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className={classes.list} aria-label={label}>
      {sorted.map((version) => (
        <li key={version.id} className={classes.item}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Text fz="sm" fw={650}>
              {t(`partners.versions.kinds.${version.kind}`)} · {format.partialDate(version.date)}
            </Text>
            {tools?.(version)}
          </Group>
          {version.summary && (
            <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {version.summary}
            </Text>
          )}
          {version.signatories.length > 0 && (
            <Text fz="xs" c="dimmed">
              {t('partners.versions.signatoriesList', {
                names: version.signatories
                  .map((s) => [s.name, s.role].filter(Boolean).join(', '))
                  .join(' · '),
              })}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
