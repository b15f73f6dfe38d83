import { IconFileCertificate } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRow, AgreementSortField } from '../../../../shared/schemas/agreements';
import { ListScreen } from '../../components/ListScreen';
import { useFormat } from '../../i18n/useFormat';
import { useInfiniteList } from '../../lib/useInfiniteList';
import { useRecordForm } from '../../lib/useRecordForm';
import { ExportMenu } from '../exports/ExportMenu';
import { ImportRegisterLink } from '../imports/ImportRegisterLink';
import { listExportSubject } from '../exports/exportFlow';
import { agreementQueries } from './agreementQueries';
import { AgreementDrawer } from './AgreementDrawer';
import type { AgreementFormTarget } from './agreementForm';
import { AgreementFormModal } from './AgreementFormModal';
import { RegisterFilterBar } from './RegisterFilterBar';
import { registerColumns } from './registerColumns';
import { toRegisterQuery, useRegisterFilters } from './useRegisterFilters';

/** The register of agreements: search, filters, a sortable virtual table, detail and form. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const url = useRegisterFilters();
  const form = useRecordForm<AgreementFormTarget>(url.setOpenId);

  const query = useMemo(
    () => toRegisterQuery(url.filters, format.language),
    [url.filters, format.language],
  );
  const list = useInfiniteList(agreementQueries.list(query));
  const facets = useQuery(agreementQueries.facets());
  const columns = useMemo(() => registerColumns(t, format), [t, format]);

  const registerEmpty = facets.data && facets.data.total === 0;
  const create = () => form.open({ mode: 'create' });

  return (
    <ListScreen<AgreementRow, AgreementSortField>
      labels="register"
      onNew={create}
      actions={<ExportMenu subject={listExportSubject({ report: 'agreements', filter: query })} />}
      filters={!registerEmpty && <RegisterFilterBar url={url} facets={facets.data} />}
      list={list}
      empty={{
        none: registerEmpty,
        icon: IconFileCertificate,
        title: t('register.emptyTitle'),
        text: t('register.emptyText'),
        offerNew: true,
        noMatch: t('register.noMatchTitle'),
        noMatchText: t('register.noMatchText'),
        onClear: url.clearFilters,
        more: <ImportRegisterLink />,
      }}
      columns={columns}
      resetKey={JSON.stringify(query)}
      url={url}
      sorted={url}
    >
      <AgreementDrawer
        id={url.openId}
        onClose={() => url.setOpenId(null)}
        onEdit={(agreement) => form.open({ mode: 'edit', agreement })}
      />
      <AgreementFormModal target={form.target} onClose={form.close} onSaved={form.saved} />
    </ListScreen>
  );
}
