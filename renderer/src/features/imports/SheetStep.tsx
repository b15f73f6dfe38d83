import { Alert, Group, Loader, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, type ImportTarget } from '../../../../shared/import/types';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import classes from './Import.module.css';
import type { ImportWizard } from './useImportWizard';

/** How an encoding is named to a person: Excel's French CSV is Windows-1252. */
const ENCODINGS: Record<string, string> = {
  utf8: 'UTF-8',
  utf16le: 'UTF-16',
  utf16be: 'UTF-16',
  windows1252: 'Windows-1252',
};

const SEPARATORS: Record<string, 'semicolon' | 'comma' | 'tab'> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
};

/**
 * The second step: how main read the file (sheet, encoding, separator, rows), the header row
 * it found (changeable: the rows above it are titles), and what each row brings in.
 */
export function SheetStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { inspection, inspect, read, setRead } = wizard;
  if (inspect.error && !inspection)
    return (
      <Alert color="red" role="alert">
        {errorMessage(inspect.error)}
      </Alert>
    );
  if (!inspection) return <Loader aria-label={t('importScreen.file.reading')} />;

  const separator = inspection.separator ? SEPARATORS[inspection.separator] : undefined;
  const about =
    inspection.format === 'xlsx'
      ? t('importScreen.sheet.aboutXlsx', {
          rows: format.number(inspection.rowCount),
          sheet: inspection.sheet ?? '',
        })
      : t('importScreen.sheet.about', {
          rows: format.number(inspection.rowCount),
          encoding: ENCODINGS[inspection.encoding ?? ''] ?? inspection.encoding ?? '',
          separator: separator ? t(`importScreen.sheet.separators.${separator}`) : '',
        });
  const header = inspection.columns.map((column) => column.header);
  const firstRows = [...inspection.titleRows, header];

  return (
    <Stack gap="md">
      <Text role="status">{about}</Text>
      {inspect.error != null && (
        <Alert color="red" role="alert">
          {errorMessage(inspect.error)}
        </Alert>
      )}
      <Group align="flex-start" gap="md">
        {inspection.sheets.length > 1 && (
          <Select
            label={t('importScreen.sheet.sheet')}
            data={inspection.sheets}
            value={inspection.sheet}
            allowDeselect={false}
            onChange={(sheet) => sheet && setRead({ target: read.target, sheet })}
            w="16rem"
          />
        )}
        <NumberInput
          label={t('importScreen.sheet.headerRow')}
          description={t('importScreen.sheet.headerRowHint', { row: inspection.headerRow + 1 })}
          value={inspection.headerRow + 1}
          min={1}
          max={1001}
          allowDecimal={false}
          allowNegative={false}
          onChange={(value) =>
            typeof value === 'number' && value >= 1 && setRead({ ...read, headerRow: value - 1 })
          }
          w="24rem"
        />
        <Select
          label={t('importScreen.sheet.target')}
          data={IMPORT_TARGETS.map((target) => ({
            value: target,
            label: t(`importScreen.sheet.targets.${target}`),
          }))}
          value={read.target}
          allowDeselect={false}
          onChange={(target) => target && setRead({ ...read, target: target as ImportTarget })}
          w="24rem"
        />
      </Group>
      <div className={classes.tableScroll}>
        <Table withTableBorder withColumnBorders fz="sm" captionSide="top">
          <Table.Caption>{t('importScreen.sheet.firstRows')}</Table.Caption>
          <Table.Tbody>
            {firstRows.map((cells, index) => {
              const isHeader = index === firstRows.length - 1;
              // A title ("Registre des jumelages") fills its first cell only: it spans the row.
              const title = !isHeader && cells.slice(1).every((cell) => cell === '');
              return (
                <Table.Tr key={index} fw={isHeader ? 700 : undefined}>
                  <Table.Th scope="row" w="4rem" c="dimmed" fw={400}>
                    {inspection.headerRow - firstRows.length + index + 2}
                  </Table.Th>
                  {title ? (
                    <Table.Td colSpan={header.length} c="dimmed">
                      {cells[0]}
                    </Table.Td>
                  ) : (
                    cells.map((cell, column) => (
                      <Table.Td key={column} className={classes.cell}>
                        {cell}
                      </Table.Td>
                    ))
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
