import { Alert, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Icon } from '@tabler/icons-react';
import { errorMessage } from '../lib/notify';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import type { InfiniteList } from '../lib/useInfiniteList';
import type { OpenRowState, SortedListState } from '../lib/useUrlFilters';
import { ScreenHeader } from './ScreenHeader';
import classes from './Screen.module.css';
import { ListEmpty } from './ListEmpty';
import { VirtualTable, type Column } from './VirtualTable';

/** What an empty list says. */
interface EmptyTexts {
  /** Whether nothing at all is recorded (undefined while not known). */
  none: boolean | undefined;
  icon: Icon;
  title: string;
  text?: string;
  /** Offer to create the first record there too. */
  offerNew?: boolean;
  noMatch: string;
  noMatchText?: string;
  /** Clears the search and filters: offered when nothing matches. */
  onClear?: () => void;
  /** Another way to start, beside creating the first record (the register's import). */
  more?: ReactNode;
}

interface ListScreenProps<Row extends { id: string }, Sort extends string> {
  /**
   * Where the screen's words are: `<labels>.title`, `.count` (plural), `.new`, `.tableLabel`,
   * `.clearFilters`, and `.loadError` when the screen has one (the alert's title when the
   * list fails).
   */
  labels: string;
  onNew: () => void;
  /** More buttons in the heading (the Export menu). */
  actions?: ReactNode;
  /** The search box and filters above the table. */
  filters?: ReactNode;
  list: InfiniteList<Row>;
  /** Shown instead of the table when nothing is recorded yet, or nothing matches. */
  empty: EmptyTexts;
  columns: Column<Row, Sort>[];
  /** When it changes (another search, sort or filter), the table goes back to its top. */
  resetKey: string;
  /** The open row (its drawer), kept in the URL. */
  url?: OpenRowState;
  /** The sort, kept in the URL, for lists main can sort. */
  sorted?: SortedListState<Sort>;
  /** What opening a row does, when it is not opening its drawer (a page of its own). */
  onOpen?: (row: Row) => void;
  /** The screen's drawer and form dialog. */
  children?: ReactNode;
}

/**
 * Every list screen: heading with count and create button, filters, then one virtual table
 * fed page by page (or an empty state, or why it could not load), and the screen's dialogs.
 * A click on the sorted column turns its direction; on another column sorts ascending.
 */
export function ListScreen<Row extends { id: string }, Sort extends string = string>(
  props: ListScreenProps<Row, Sort>,
) {
  const { labels, list, empty, url } = props;
  const { t, i18n } = useTranslation();
  useDocumentTitle(t(`${labels}.title`));
  const sort = props.sorted?.filters;
  const setSort = props.sorted?.setFilters;
  const onSort =
    sort && setSort
      ? (field: Sort) =>
          setSort({
            sort: field,
            direction: field === sort.sort && sort.direction === 'asc' ? 'desc' : 'asc',
          })
      : undefined;

  let body: ReactNode;
  if (list.error) {
    const titleKey = `${labels}.loadError`;
    body = (
      <Alert
        color="red"
        m="md"
        role="alert"
        title={i18n.exists(titleKey) ? t(titleKey) : undefined}
      >
        {errorMessage(list.error)}
      </Alert>
    );
  } else if (empty.none) {
    body = (
      <ListEmpty
        icon={empty.icon}
        title={empty.title}
        text={empty.text}
        action={empty.offerNew ? { label: t(`${labels}.new`), onClick: props.onNew } : undefined}
        more={empty.more}
      />
    );
  } else if (list.total === 0) {
    // Until it is known whether anything is recorded at all, neither message is sure.
    const onClear = empty.onClear;
    body =
      empty.none === undefined ? null : (
        <ListEmpty
          title={empty.noMatch}
          text={empty.noMatchText}
          action={onClear && { label: t(`${labels}.clearFilters`), onClick: onClear, clear: true }}
        />
      );
  } else {
    body = (
      <VirtualTable<Row, Sort>
        label={t(`${labels}.tableLabel`)}
        columns={props.columns}
        rows={list.rows}
        total={list.total ?? 0}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onEndReached={list.loadMore}
        rowKey={(row) => row.id}
        resetKey={props.resetKey}
        onOpen={props.onOpen ?? ((row) => url?.setOpenId(row.id))}
        selectedKey={url?.openId}
        sort={sort && { field: sort.sort, direction: sort.direction }}
        onSort={onSort}
      />
    );
  }
  return (
    <Stack gap="sm" className={classes.screen}>
      <ScreenHeader
        title={t(`${labels}.title`)}
        count={list.total === undefined ? '' : t(`${labels}.count`, { count: list.total })}
        newLabel={t(`${labels}.new`)}
        onNew={props.onNew}
        actions={props.actions}
      />
      {props.filters}
      <Paper withBorder radius="sm" className={classes.tablePaper}>
        {body}
      </Paper>
      {props.children}
    </Stack>
  );
}
