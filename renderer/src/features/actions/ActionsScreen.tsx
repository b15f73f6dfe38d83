import { IconListCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRow, ActionSortField } from '../../../../shared/schemas/actions';
import { ListScreen } from '../../components/ListScreen';
import { useFormat } from '../../i18n/useFormat';
import { useInfiniteList } from '../../lib/useInfiniteList';
import { useRecordForm } from '../../lib/useRecordForm';
import { ExportMenu } from '../exports/ExportMenu';
import { listExportSubject } from '../exports/exportFlow';
import { actionColumns } from './actionColumns';
import { ActionDrawer } from './ActionDrawer';
import { ActionFilterBar } from './ActionFilterBar';
import type { ActionFormTarget } from './actionForm';
import { ActionFormModal } from './ActionFormModal';
import { actionQueries } from './actionQueries';
import { toActionQuery, useActionFilters } from './useActionFilters';

/** Every project action: search, filters, a sortable virtual table, detail and form. */
export function ActionsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const url = useActionFilters();
  const form = useRecordForm<ActionFormTarget>(url.setOpenId);

  const query = useMemo(() => toActionQuery(url.filters), [url.filters]);
  const list = useInfiniteList(actionQueries.list(query));
  // The facets scan every action; asked after the first page so the rows come first (so are
  // the filters' cities and themes).
  const rowsIn = list.total !== undefined || list.error !== null;
  const facets = useQuery({ ...actionQueries.facets(), enabled: rowsIn });
  const columns = useMemo(() => actionColumns(t, format), [t, format]);

  const none = facets.data && facets.data.total === 0;
  const create = () => form.open({ mode: 'create', agreementId: url.filters.agreementId });

  return (
    <ListScreen<ActionRow, ActionSortField>
      labels="tracking.list"
      onNew={create}
      actions={<ExportMenu subject={listExportSubject({ report: 'actions', filter: query })} />}
      filters={!none && <ActionFilterBar url={url} facets={facets.data} ready={rowsIn} />}
      list={list}
      empty={{
        none,
        icon: IconListCheck,
        title: t('tracking.list.empty'),
        text: t('tracking.list.emptyHint'),
        offerNew: true,
        noMatch: t('tracking.list.noMatch'),
        onClear: url.clearFilters,
      }}
      columns={columns}
      resetKey={JSON.stringify(query)}
      url={url}
      sorted={url}
    >
      <ActionDrawer
        id={url.openId}
        onClose={() => url.setOpenId(null)}
        onEdit={(action) => form.open({ mode: 'edit', action })}
      />
      <ActionFormModal target={form.target} onClose={form.close} onSaved={form.saved} />
    </ListScreen>
  );
}
