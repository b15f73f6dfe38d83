import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CSV_SEPARATORS,
  EXPORT_FORMATS,
  type CsvSeparator,
} from '../../../../shared/reports/requests';
import { useFormat } from '../../i18n/useFormat';
import { csvSeparatorFor, type ExportSubject } from './exportFlow';
import { ExportProgressModal } from './ExportProgressModal';
import { useExport } from './useExport';

interface Props {
  /** What to export; null while there is nothing yet (the button is disabled). */
  subject: ExportSubject | null;
}

const SEPARATOR_LABEL: Record<CsvSeparator, string> = {
  ';': 'reports.export.semicolon',
  ',': 'reports.export.comma',
};

/**
 * The Export button of a report or a list: one item per format, and the CSV separator
 * (the language's usual one unless switched). The file is exactly what the screen shows.
 */
export function ExportMenu({ subject }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const exporter = useExport();
  const [chosenSeparator, setChosenSeparator] = useState<CsvSeparator | null>(null);
  const separator = csvSeparatorFor(language, chosenSeparator);

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={240} alignItemsLabels="all">
        <Menu.Target>
          <Button
            variant="default"
            disabled={subject === null}
            loading={exporter.running}
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          >
            {t('reports.export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('reports.export.formatsLabel')}</Menu.Label>
          {EXPORT_FORMATS.map((format) => {
            const empty = subject?.empty?.[format];
            const label = t(`reports.export.formats.${format}`);
            return (
              <Menu.Item
                key={format}
                disabled={empty !== undefined}
                {...(empty === undefined
                  ? {}
                  : {
                      rightSection: (
                        <Text span fz="xs" c="dimmed">
                          {t('reports.export.emptyFormat')}
                        </Text>
                      ),
                      title: t(empty),
                    })}
                onClick={() => {
                  if (subject && empty === undefined)
                    void exporter.start(subject, format, separator);
                }}
              >
                {label}
              </Menu.Item>
            );
          })}
          {EXPORT_FORMATS.some((format) => subject?.empty?.[format] !== undefined) && (
            // A div, not a paragraph: a menu holds items and groups, and text without a role.
            <Text component="div" fz="xs" c="dimmed" px="sm" pb={4} maw={236}>
              {EXPORT_FORMATS.flatMap((format) => {
                const empty = subject?.empty?.[format];
                return empty === undefined ? [] : [t(empty)];
              }).join(' ')}
            </Text>
          )}
          <Menu.Divider />
          <Menu.Label>{t('reports.export.separator')}</Menu.Label>
          <Menu.RadioGroup
            value={separator}
            onChange={(value) => setChosenSeparator(value as CsvSeparator)}
          >
            {CSV_SEPARATORS.map((value) => (
              <Menu.RadioItem key={value} value={value}>
                {t(SEPARATOR_LABEL[value])}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Dropdown>
      </Menu>
      <ExportProgressModal
        opened={exporter.showProgress}
        status={exporter.job}
        format={exporter.format}
        onCancel={exporter.cancel}
        onHide={exporter.hideProgress}
      />
    </>
  );
}
