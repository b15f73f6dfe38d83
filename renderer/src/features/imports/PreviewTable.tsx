import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldKey } from '../../../../shared/import/fields';
import type { ImportMapping } from '../../../../shared/import/mapping';
import type {
  ImportPreviewRow,
  ImportProblemView,
  RowOutcome,
} from '../../../../shared/schemas/imports';
import { useFormat } from '../../i18n/useFormat';
import classes from './Import.module.css';
import { previewValue } from './previewValue';
import { problemMessage } from './problemText';

const OUTCOME_COLOR: Record<RowOutcome, string> = {
  create: 'teal',
  update: 'blue',
  skip: 'gray',
  invalid: 'red',
};

interface Props {
  rows: ImportPreviewRow[];
  problems: ImportProblemView[];
  mapping: ImportMapping;
}

/**
 * The first rows as they will be stored: one column per mapped field, the value as main will
 * save it, and a cell with a problem shown in red with what is wrong.
 */
export function PreviewTable({ rows, problems, mapping }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const fields = mapping.columns.flatMap((choice, column) =>
    choice.use === 'field' ? [{ field: choice.field, column }] : [],
  );
  const problemAt = new Map<string, ImportProblemView>();
  for (const problem of problems) {
    const key = `${problem.row}:${problem.field ?? problem.column ?? '-'}`;
    if (!problemAt.has(key)) problemAt.set(key, problem);
  }
  const cellProblem = (row: number, field: FieldKey, column: number) =>
    problemAt.get(`${row}:${field}`) ?? problemAt.get(`${row}:${column}`);

  return (
    <div className={classes.tableScroll}>
      <Table
        striped
        withTableBorder
        verticalSpacing={6}
        fz="sm"
        aria-label={t('importScreen.preview.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('importScreen.preview.row')}</Table.Th>
            <Table.Th scope="col">{t('importScreen.preview.outcome')}</Table.Th>
            {fields.map(({ field }) => (
              <Table.Th scope="col" key={field}>
                {t(`import.fields.${field}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.row}
              className={row.reason === 'userSkipped' ? classes.skippedRow : undefined}
            >
              <Table.Th scope="row" fw={500} className="tabular">
                {row.row}
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={OUTCOME_COLOR[row.outcome]} tt="none">
                  {row.reason
                    ? t(`importScreen.report.reasons.${row.reason}`)
                    : t(`importScreen.preview.outcomes.${row.outcome}`)}
                </Badge>
              </Table.Td>
              {fields.map(({ field, column }) => {
                const problem = cellProblem(row.row, field, column);
                if (problem)
                  return (
                    <Table.Td key={field} className={`${classes.cell} ${classes.problemCell}`}>
                      <Text fz="sm" fw={600} inherit>
                        {problem.value}
                      </Text>
                      <Text fz="xs" inherit>
                        {problemMessage(t, problem)}
                      </Text>
                    </Table.Td>
                  );
                const value = previewValue(t, format, field, row.values[field] ?? '');
                const cityNote =
                  field === 'cityName' && row.city
                    ? t(`importScreen.preview.city.${row.city.action}`, { name: row.city.name })
                    : null;
                return (
                  <Table.Td key={field} className={classes.cell} title={value}>
                    {value}
                    {cityNote && (
                      <Text fz="xs" c="dimmed">
                        {cityNote}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
