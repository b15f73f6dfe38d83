import { Box, Table } from '@mantine/core';
import type { Cell } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import { useFormat } from '../../i18n/useFormat';
import { LargeReportTable } from './LargeReportTable';
import { cellAlign, isNumeric, VIRTUAL_FROM_ROWS, type ReportTableProps } from './tableCells';
import classes from './Report.module.css';

/** A table of a report, its cells formatted in the reader's language; a totals row in bold. */
export function ReportTable(props: ReportTableProps) {
  const { columns, rows, totals } = props;
  const { language } = useFormat();
  if (rows.length > VIRTUAL_FROM_ROWS) return <LargeReportTable {...props} />;
  const cells = (row: Cell[]) =>
    columns.map((column, index) => (
      <Table.Td
        key={column.key}
        ta={cellAlign(column.kind)}
        className={isNumeric(column.kind) ? classes.numeric : undefined}
      >
        {formatCell(row[index] ?? null, column.kind, language)}
      </Table.Td>
    ));
  return (
    // A two-column table (a label and a count) would spread its number a screen away.
    <Box className={classes.tableScroll} maw={columns.length <= 2 ? '40rem' : undefined}>
      <Table striped highlightOnHover withTableBorder aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={cellAlign(column.kind)} className={classes.th}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={index}>{cells(row)}</Table.Tr>
          ))}
        </Table.Tbody>
        {totals && (
          <Table.Tfoot className={classes.totals}>
            <Table.Tr>{cells(totals)}</Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Box>
  );
}
