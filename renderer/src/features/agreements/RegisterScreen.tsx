import { ScreenHeader } from '../../components/ScreenHeader';
import { Alert, Paper, Stack } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRow, AgreementSortField } from '../../../../shared/schemas/agreements';
import { VirtualTable } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { ExportMenu } from '../exports/ExportMenu';
import { listExportSubject } from '../exports/exportFlow';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { agreementQueries } from './agreementQueries';
import { AgreementDrawer } from './AgreementDrawer';
import type { AgreementFormTarget } from './agreementForm';
import { AgreementFormModal } from './AgreementFormModal';
import { NoAgreements, NoMatch } from './RegisterEmpty';
import { RegisterFilterBar } from './RegisterFilterBar';
import { registerColumns } from './registerColumns';
import { toRegisterQuery, useRegisterFilters } from './useRegisterFilters';
import classes from '../../components/Screen.module.css';

/** The register of agreements: search, filters, a sortable virtual table, detail and form. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters, setFilters, clearFilters, openId, setOpenId } = useRegisterFilters();
  const [formTarget, setFormTarget] = useState<AgreementFormTarget | null>(null);
  useDocumentTitle(t('register.title'));

  const query = useMemo(
    () => toRegisterQuery(filters, format.language),
    [filters, format.language],
  );
  const list = useInfiniteQuery({
    ...agreementQueries.list(query),
    placeholderData: (previous) => previous,
  });
  const facets = useQuery(agreementQueries.facets());

  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total;
  const columns = useMemo(() => registerColumns(t, format), [t, format]);

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const onSort = useCallback(
    (field: AgreementSortField) =>
      setFilters(
        field === filters.sort
          ? { direction: filters.direction === 'asc' ? 'desc' : 'asc' }
          : { sort: field, direction: 'asc' },
      ),
    [filters.sort, filters.direction, setFilters],
  );

  const registerEmpty = facets.data?.total === 0;
  let body;
  if (list.isError) {
    body = (
      <Alert color="red" m="md" role="alert" title={t('register.loadError')}>
        {errorMessage(list.error)}
      </Alert>
    );
  } else if (registerEmpty) {
    body = <NoAgreements onCreate={() => setFormTarget({ mode: 'create' })} />;
  } else if (total === 0) {
    body = <NoMatch onClear={clearFilters} />;
  } else {
    body = (
      <VirtualTable<AgreementRow, AgreementSortField>
        label={t('register.tableLabel')}
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
        title={t('register.title')}
        count={total === undefined ? '' : t('register.count', { count: total })}
        newLabel={t('register.new')}
        onNew={() => setFormTarget({ mode: 'create' })}
        actions={
          <ExportMenu subject={listExportSubject({ report: 'agreements', filter: query })} />
        }
      />
      {!registerEmpty && (
        <RegisterFilterBar
          filters={filters}
          facets={facets.data}
          onChange={setFilters}
          onClear={clearFilters}
        />
      )}
      <Paper withBorder radius="sm" className={classes.tablePaper}>
        {body}
      </Paper>
      <AgreementDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onEdit={(agreement) => setFormTarget({ mode: 'edit', agreement })}
      />
      <AgreementFormModal
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
