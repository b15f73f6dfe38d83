import { ScreenHeader } from '../../components/ScreenHeader';
import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRow, ActionSortField } from '../../../../shared/schemas/actions';
import { VirtualTable } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { ExportMenu } from '../exports/ExportMenu';
import { listExportSubject } from '../exports/exportFlow';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { actionColumns } from './actionColumns';
import { ActionDrawer } from './ActionDrawer';
import { ActionFilterBar } from './ActionFilterBar';
import type { ActionFormTarget } from './actionForm';
import { ActionFormModal } from './ActionFormModal';
import { actionQueries } from './actionQueries';
import { toActionQuery, useActionFilters } from './useActionFilters';
import classes from '../../components/Screen.module.css';

/** Every project action: search, filters, a sortable virtual table, detail and form. */
export function ActionsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, setFilters, clearFilters, openId, setOpenId } = useActionFilters();
  const [formTarget, setFormTarget] = useState<ActionFormTarget | null>(null);
  useDocumentTitle(t('tracking.list.title'));

  const query = useMemo(() => toActionQuery(filters), [filters]);
  const list = useInfiniteQuery({
    ...actionQueries.list(query),
    placeholderData: (previous) => previous,
  });
  // The facets scan every action; asked after the first page so the rows come first.
  const facets = useQuery({
    ...actionQueries.facets(),
    enabled: list.data !== undefined || list.isError,
  });

  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total;
  const columns = useMemo(() => actionColumns(t, format), [t, format]);

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const onSort = useCallback(
    (field: ActionSortField) =>
      setFilters(
        field === filters.sort
          ? { direction: filters.direction === 'asc' ? 'desc' : 'asc' }
          : { sort: field, direction: 'asc' },
      ),
    [filters.sort, filters.direction, setFilters],
  );

  const none = facets.data?.total === 0;
  const create = () => setFormTarget({ mode: 'create', agreementId: filters.agreementId });
  let body;
  if (list.isError) {
    body = (
      <Alert color="red" m="md" role="alert" title={t('tracking.list.loadError')}>
        {errorMessage(list.error)}
      </Alert>
    );
  } else if (none) {
    body = (
      <Center h="100%" p="xl">
        <Stack align="center" gap="xs" maw={420} ta="center">
          <Title order={2}>{t('tracking.list.empty')}</Title>
          <Text c="dimmed">{t('tracking.list.emptyHint')}</Text>
          <Button onClick={create} leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('tracking.list.new')}
          </Button>
        </Stack>
      </Center>
    );
  } else if (total === 0 && facets.isPending) {
    body = null;
  } else if (total === 0) {
    body = (
      <Center h="100%" p="xl">
        <Stack align="center" gap="xs">
          <Text fw={600}>{t('tracking.list.noMatch')}</Text>
          <Button variant="light" onClick={clearFilters}>
            {t('tracking.list.clearFilters')}
          </Button>
        </Stack>
      </Center>
    );
  } else {
    body = (
      <VirtualTable<ActionRow, ActionSortField>
        label={t('tracking.list.tableLabel')}
        columns={columns}
        rows={rows}
        total={total ?? 0}
        hasMore={hasNextPage}
        loadingMore={isFetchingNextPage}
        onEndReached={loadMore}
        rowKey={(row) => row.id}
        resetKey={JSON.stringify(query)}
        onOpen={(row) => setOpenId(row.id)}
        selectedKey={openId}
        sort={{ field: filters.sort, direction: filters.direction }}
        onSort={onSort}
      />
    );
  }

  return (
    <Stack gap="sm" className={classes.screen}>
      <ScreenHeader
        title={t('tracking.list.title')}
        count={total === undefined ? '' : t('tracking.list.count', { count: total })}
        newLabel={t('tracking.list.new')}
        onNew={create}
        actions={<ExportMenu subject={listExportSubject({ report: 'actions', filter: query })} />}
      />
      {!none && (
        <ActionFilterBar
          filters={filters}
          facets={facets.data}
          onChange={setFilters}
          onClear={clearFilters}
        />
      )}
      <Paper withBorder radius="sm" className={classes.tablePaper}>
        {body}
      </Paper>
      <ActionDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onEdit={(action) => setFormTarget({ mode: 'edit', action })}
      />
      <ActionFormModal
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={(saved) => {
          setFormTarget(null);
          setOpenId(saved.id);
        }}
      />
    </Stack>
  );
}
