import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { ReportCells, ReportHead } from './ReportRows';
import { columnShares, tableMinWidth, type ReportTableProps } from './tableCells';
import classes from './Report.module.css';

const ROW_HEIGHT = 37;

/**
 * A long report table in its own scrolling box: a real table (headers, row count and indexes
 * for assistive technology) of which only the rows in view are in the DOM. The box takes focus
 * so the keyboard scrolls it.
 */
export function LargeReportTable({ label, columns, rows, totals }: ReportTableProps) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not run the React Compiler; the virtualizer re-renders this table itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 16,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (height: number) => (
    <tr aria-hidden="true" className={classes.spacer}>
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );

  return (
    <>
      <Text fz="xs" c="dimmed" mb={4} className="tabular">
        {t('reports.view.rowsCount', { count: rows.length, formatted: number(rows.length) })}
      </Text>
      <div
        ref={scrollRef}
        className={classes.virtualScroller}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <Table
          highlightOnHover
          verticalSpacing={8}
          aria-label={label}
          aria-rowcount={rows.length + 1 + (totals ? 1 : 0)}
          className={classes.virtualTable}
          layout="fixed"
          miw={tableMinWidth(columns)}
        >
          <colgroup>
            {columnShares(columns).map((width, index) => (
              <col key={columns[index]!.key} style={{ width }} />
            ))}
          </colgroup>
          <ReportHead columns={columns} />
          <Table.Tbody>
            {paddingTop > 0 && spacer(paddingTop)}
            {items.map((item) => (
              <Table.Tr
                key={item.index}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
              >
                <ReportCells row={rows[item.index] ?? []} columns={columns} />
              </Table.Tr>
            ))}
            {paddingBottom > 0 && spacer(paddingBottom)}
          </Table.Tbody>
          {totals && (
            <Table.Tfoot className={classes.totals}>
              <Table.Tr aria-rowindex={rows.length + 2}>
                <ReportCells row={totals} columns={columns} />
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </div>
    </>
  );
}
