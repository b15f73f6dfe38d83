import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBuildingCommunity } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { ReportDocument } from '../../../../shared/reports/document';
import { REPORT_KINDS, type ReportKind } from '../../../../shared/reports/requests';
import { useAppState } from '../../app/appQueries';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { reportExportSubject } from '../exports/exportFlow';
import { ExportMenu } from '../exports/ExportMenu';
import { ReportControls } from './ReportControls';
import { reportQueries } from './reportQueries';
import { ReportSections } from './ReportSections';
import { useReportParams } from './useReportParams';

function isReportKind(value: string | undefined): value is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(value ?? '');
}

/** `/reports/:kind`: one report; a new screen per report, so nothing of another one lingers. */
export function ReportRoute() {
  const { kind } = useParams();
  if (!isReportKind(kind)) return <Navigate to="/reports" replace />;
  return <ReportScreen key={kind} kind={kind} />;
}

/** A report: its parameters, its document as main built it, and the Export menu. */
function ReportScreen({ kind }: { kind: ReportKind }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const params = useReportParams(kind);
  const name = t(`reports.kinds.${kind}.title`);
  useDocumentTitle(name);
  const { request, today } = params;
  const view = useQuery(reportQueries.view(request ? { request, lang: language, today } : null));
  const document = request ? view.data : undefined;
  const subject = request && document ? reportExportSubject(request, document) : null;

  return (
    <Stack gap="md" maw="78rem">
      <Anchor component={Link} to="/reports" fz="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden="true" />
          {t('reports.view.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1}>{document?.title ?? name}</Title>
          {document?.subtitle && <Text c="dimmed">{document.subtitle}</Text>}
        </div>
        <Group gap="sm" wrap="nowrap">
          {view.isFetching && document && (
            <Loader size="sm" role="status" aria-label={t('reports.view.updating')} />
          )}
          <ExportMenu subject={subject} />
        </Group>
      </Group>
      <ReportControls kind={kind} params={params} />
      <ReportBody
        missing={params.missing}
        document={document}
        pending={request !== null && view.isPending}
        error={view.isError ? view.error : null}
      />
    </Stack>
  );
}

interface BodyProps {
  missing: 'partner' | 'theme' | null;
  document: ReportDocument | undefined;
  pending: boolean;
  error: unknown;
}

function ReportBody({ missing, document, pending, error }: BodyProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (missing) {
    return (
      <Text c="dimmed">
        {t(missing === 'partner' ? 'reports.view.choosePartner' : 'reports.view.chooseTheme')}
      </Text>
    );
  }
  if (error) {
    return (
      <Alert color="red" role="alert" title={t('reports.view.loadError')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (pending || !document) return <Loader aria-label={t('app.loading')} />;
  return (
    <>
      {document.emptyMessage ? (
        <EmptyReport message={document.emptyMessage} />
      ) : (
        <ReportSections sections={document.sections} />
      )}
      <Text fz="xs" c="dimmed">
        {t('reports.view.generatedAt', { date: format.timestamp(document.generatedAt) })}
      </Text>
    </>
  );
}

/** The document's own sentence; on an empty register, what to do first. */
function EmptyReport({ message }: { message: string }) {
  const { t } = useTranslation();
  const state = useAppState();
  const registerEmpty = state.data !== undefined && state.data.counts.agreements === 0;
  return (
    <Paper withBorder radius="sm" p="lg">
      <Stack gap="sm" align="flex-start">
        <Text fw={600}>{message}</Text>
        {registerEmpty && (
          <>
            <Text c="dimmed">{t('reports.view.emptyDatabase')}</Text>
            <Button
              component={Link}
              to="/cities"
              leftSection={<IconBuildingCommunity size={16} aria-hidden="true" />}
            >
              {t('reports.view.addCity')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
