import { Table } from '@mantine/core';
import type { Cell, ReportColumn } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import { useFormat } from '../../i18n/useFormat';
import { cellAlign, isNumeric } from './tableCells';
import classes from './Report.module.css';

/** The header row of a report table (row 1 for assistive technology). */
export function ReportHead({ columns }: { columns: ReportColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr aria-rowindex={1}>
        {columns.map((column) => (
          <Table.Th key={column.key} ta={cellAlign(column.kind)} className={classes.th}>
            {column.label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** One row's cells, formatted in the reader's language; numbers on the right. */
export function ReportCells({ row, columns }: { row: readonly Cell[]; columns: ReportColumn[] }) {
  const { language } = useFormat();
  return columns.map((column, index) => (
    <Table.Td
      key={column.key}
      ta={cellAlign(column.kind)}
      className={isNumeric(column.kind) ? classes.numeric : undefined}
    >
      {formatCell(row[index] ?? null, column.kind, language)}
    </Table.Td>
  ));
}
