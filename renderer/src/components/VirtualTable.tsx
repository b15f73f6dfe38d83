import { Loader, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import classes from './VirtualTable.module.css';

export interface Column<Row, Sort extends string = string> {
  id: string;
  header: string;
  /** CSS width of the column (a percentage keeps narrow windows readable); columns without one share what is left. */
  width?: string;
  align?: 'left' | 'right';
  /** Set when main can sort by this column. */
  sortKey?: Sort;
  render: (row: Row) => ReactNode;
}

export interface SortState<Sort extends string> {
  field: Sort;
  direction: 'asc' | 'desc';
}

export interface VirtualTableProps<Row, Sort extends string> {
  label: string;
  columns: Column<Row, Sort>[];
  rows: Row[];
  /** Rows of the whole list, loaded or not (for assistive technology). */
  total: number;
  hasMore?: boolean;
  loadingMore?: boolean;
  onEndReached?: () => void;
  rowKey: (row: Row) => string;
  onOpen: (row: Row) => void;
  selectedKey?: string | null;
  sort?: SortState<Sort>;
  onSort?: (field: Sort) => void;
  /** When it changes (another search, sort or filter), the table goes back to its top. */
  resetKey?: string;
}

const ROW_HEIGHT = 41;
/** How close to the last loaded row the next page is asked for. */
const PREFETCH_ROWS = 40;
/** Rows drawn beyond the window on each side (keyboard moves scroll them in as needed). */
const OVERSCAN = 6;

/** What a row does with its events: one stable object, so unchanged rows are not drawn again. */
interface RowEvents<Row> {
  open: (row: Row) => void;
  focus: (index: number) => void;
  keyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => void;
}

interface VirtualRowProps<Row, Sort extends string> {
  row: Row;
  index: number;
  columns: Column<Row, Sort>[];
  selected: boolean;
  tabStop: boolean;
  events: RowEvents<Row>;
}

/**
 * One row: a plain <tr>/<td> carrying Mantine's table classes and attributes (Table.Tr/Td read
 * the table's context, whose value is new at every render of the table, which would draw every
 * row again), memoised, so a render of the table for another reason (the sort or filter just
 * clicked, the focused row, a page loaded below) draws only the rows that changed.
 */
const VirtualRow = memo(function VirtualRow<Row, Sort extends string>({
  row,
  index,
  columns,
  selected,
  tabStop,
  events,
}: VirtualRowProps<Row, Sort>) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      data-selected={selected || undefined}
      data-with-row-border="true"
      data-hover="true"
      tabIndex={tabStop ? 0 : -1}
      className={`${Table.classes.tr} mantine-Table-tr ${classes.row}`}
      onClick={() => events.open(row)}
      onFocus={() => events.focus(index)}
      onKeyDown={(event) => events.keyDown(event, index, row)}
    >
      {columns.map((column) => (
        <td
          key={column.id}
          className={`${Table.classes.td} mantine-Table-td ${classes.cell}`}
          style={{ textAlign: column.align ?? 'left' }}
        >
          {column.render(row)}
        </td>
      ))}
    </tr>
  );
}) as <Row, Sort extends string>(props: VirtualRowProps<Row, Sort>) => ReactNode;

/**
 * A real table (rows, headers, sort state for assistive technology) of which only the rows
 * in view are in the DOM; spacer rows keep the scroll height. Rows take focus: arrows move,
 * Enter or a click opens. Column headers main can sort by are buttons.
 */
export function VirtualTable<Row, Sort extends string = string>(
  props: VirtualTableProps<Row, Sort>,
) {
  const { columns, rows, hasMore = false, loadingMore = false, onEndReached } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  // The app does not run the React Compiler; the virtualizer re-renders this table itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const { resetKey } = props;
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActiveIndex(0);
  }, [resetKey]);

  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - PREFETCH_ROWS) onEndReached?.();
  }, [hasMore, loadingMore, lastIndex, rows.length, onEndReached]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(index, rows.length - 1));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`)?.focus(),
    );
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onOpen(row);
    } else if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    }
  };

  // Rows get one stable object whose functions call the latest handlers (set after each render).
  const latest = useRef({ open: props.onOpen, keyDown: onRowKeyDown });
  useEffect(() => {
    latest.current = { open: props.onOpen, keyDown: onRowKeyDown };
  });
  const events = useMemo<RowEvents<Row>>(
    () => ({
      open: (row) => latest.current.open(row),
      focus: setActiveIndex,
      keyDown: (event, index, row) => latest.current.keyDown(event, index, row),
    }),
    [],
  );

  // The row that Tab lands on: the last focused one, or the first in view when it scrolled away.
  const tabStop = items.some((item) => item.index === activeIndex) ? activeIndex : items[0]?.index;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <Table
        stickyHeader
        layout="fixed"
        highlightOnHover
        verticalSpacing={0}
        aria-label={props.label}
        aria-rowcount={props.total + 1}
        className={classes.table}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <Table.Thead className={classes.head}>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={props.sort} onSort={props.onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <SpacerRow height={paddingTop} span={columns.length} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) {
              return (
                <Table.Tr key="loading" className={classes.row}>
                  <Table.Td colSpan={columns.length} className={classes.loading}>
                    <Loader size="xs" aria-label={t('common.loadingMore')} />
                  </Table.Td>
                </Table.Tr>
              );
            }
            const key = props.rowKey(row);
            return (
              <VirtualRow<Row, Sort>
                key={key}
                row={row}
                index={item.index}
                columns={columns}
                selected={props.selectedKey === key}
                tabStop={item.index === tabStop}
                events={events}
              />
            );
          })}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} span={columns.length} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function SpacerRow({ height, span }: { height: number; span: number }) {
  return (
    <tr aria-hidden="true" className={classes.spacer}>
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}

function HeaderCell<Row, Sort extends string>({
  column,
  sort,
  onSort,
}: {
  column: Column<Row, Sort>;
  sort: SortState<Sort> | undefined;
  onSort: ((field: Sort) => void) | undefined;
}) {
  const sortKey = column.sortKey;
  if (!sortKey || !onSort) {
    return (
      <Table.Th className={classes.th} ta={column.align ?? 'left'}>
        {column.header}
      </Table.Th>
    );
  }
  const active = sort?.field === sortKey;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      className={classes.th}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        className={classes.sortButton}
        data-active={active || undefined}
        onClick={() => onSort(sortKey)}
      >
        <span>{column.header}</span>
        <Icon size={14} stroke={1.8} aria-hidden="true" />
      </UnstyledButton>
    </Table.Th>
  );
}
