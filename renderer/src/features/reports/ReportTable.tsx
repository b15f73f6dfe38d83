import { Box, Table } from '@mantine/core';
import { LargeReportTable } from './LargeReportTable';
import { ReportCells, ReportHead } from './ReportRows';
import { VIRTUAL_FROM_ROWS, type ReportTableProps } from './tableCells';
import classes from './Report.module.css';

/** A table of a report, its cells formatted in the reader's language; a totals row in bold. */
export function ReportTable(props: ReportTableProps) {
  const { columns, rows, totals } = props;
  if (rows.length > VIRTUAL_FROM_ROWS) return <LargeReportTable {...props} />;
  return (
    // A two-column table (a label and a count) would spread its number a screen away.
    <Box className={classes.tableScroll} maw={columns.length <= 2 ? '40rem' : undefined}>
      <Table striped highlightOnHover withTableBorder aria-label={props.label}>
        <ReportHead columns={columns} />
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={index}>
              <ReportCells row={row} columns={columns} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        {totals && (
          <Table.Tfoot className={classes.totals}>
            <Table.Tr>
              <ReportCells row={totals} columns={columns} />
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Box>
  );
}
