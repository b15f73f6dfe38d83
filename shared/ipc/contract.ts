import { z } from 'zod';
import {
  agreementInputSchema,
  agreementListSchema,
  agreementUpdateSchema,
  type AgreementDetail,
  type AgreementFacets,
  type AgreementPage,
  type AgreementRow,
} from '../schemas/agreements';
import {
  cityInputSchema,
  cityListSchema,
  cityUpdateSchema,
  type City,
} from '../schemas/cities';
import { idSchema } from '../schemas/common';
import {
  archiveExportSchema,
  archiveImportSchema,
  backupFileSchema,
  backupSettingsSchema,
  integrityCheckSchema,
  type AppStatus,
  type ArchiveImportResult,
  type ArchiveInfo,
  type BackupInfo,
  type BackupOverviewView,
  type BackupRestoreResult,
  type CheckResult,
} from '../schemas/backups';
import { themeInputSchema, themeUpdateSchema, type Theme } from '../schemas/themes';
import {
  actionInputSchema,
  actionListSchema,
  actionUpdateSchema,
  type ActionDetail,
  type ActionFacets,
  type ActionPage,
} from '../schemas/actions';
import {
  contactInputSchema,
  contactListSchema,
  contactUpdateSchema,
  type Contact,
  type ContactDetail,
  type ContactPage,
} from '../schemas/contacts';
import { documentOwnerSchema, documentUploadSchema, type DocumentContent, type DocumentMeta } from '../schemas/documents';
import {
  historyListSchema,
  trashListSchema,
  trashRestoreSchema,
  type HistoryPage,
  type RestoreResult,
  type TrashEntry,
} from '../schemas/history';
import { dashboardSchema, type CityFactSheet, type DashboardSummary } from '../schemas/overview';
import { searchQuerySchema, type SearchResults } from '../schemas/search';
import { versionInputSchema, versionListSchema, versionUpdateSchema, type AgreementVersion } from '../schemas/versions';
import type { Page } from '../schemas/common';
import type { ReportDocument } from '../reports/document';
import {
  exportJobSchema,
  exportStartSchema,
  reportViewSchema,
  type ExportDownload,
  type ExportStatus,
} from '../reports/requests';
import {
  importBatchIdSchema,
  importFileIdSchema,
  importInspectSchema,
  importJobSchema,
  importListSchema,
  importPreviewSchema,
  importRejectedSchema,
  importRunSchema,
  importUploadSchema,
  type ImportBatch,
  type ImportInspection,
  type ImportJobStatus,
  type ImportPreview,
  type ImportRejectedFile,
  type ImportUndoResult,
  type ImportUploadResult,
} from '../schemas/imports';
import {
  teamChangesSchema,
  teamConnectionSchema,
  teamJoinSchema,
  teamResolveSchema,
  type SyncResult,
  type TeamChanges,
  type TeamConflict,
  type TeamConnectionTest,
  type TeamJoinResult,
  type TeamMember,
  type TeamStatus,
} from '../schemas/team';
import {
  settingsUpdateSchema,
  startEmptySchema,
  type AppState,
  type SampleLoaded,
} from '../schemas/app';

/** A channel: the zod schema its payload must pass, and (as a type) what it answers. */
export interface Channel<Request extends z.ZodType, Response> {
  request: Request;
  /** Never read at run time; carries the response type. */
  response?: Response;
}

function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): Channel<Request, Response> => ({
    request,
  });
}

const noPayload = z.undefined().or(z.object({}).strict());
const byId = z.object({ id: idSchema }).strict();

/**
 * The IPC contract: every channel main answers, `domain:verb`. Main validates each payload
 * against `request` before a service runs; the renderer's client infers types from here.
 */
export const contract = {
  // The app: state, settings, first run.
  'app:state': channel<AppState>()(noPayload),
  'settings:update': channel<AppState>()(settingsUpdateSchema.strict()),
  'setup:load-sample': channel<SampleLoaded>()(noPayload),
  'setup:start-empty': channel<AppState>()(startEmptySchema.strict()),

  // Partner cities.
  'cities:list': channel<City[]>()(cityListSchema),
  'cities:get': channel<City>()(byId),
  'cities:create': channel<City>()(cityInputSchema.strict()),
  'cities:update': channel<City>()(cityUpdateSchema.strict()),
  'cities:delete': channel<{ id: string }>()(byId),
  'cities:fact-sheet': channel<CityFactSheet>()(byId),

  // Agreements, their versions.
  'agreements:list': channel<AgreementPage>()(agreementListSchema),
  'agreements:facets': channel<AgreementFacets>()(noPayload),
  'agreements:get': channel<AgreementDetail>()(byId),
  'agreements:create': channel<AgreementRow>()(agreementInputSchema.strict()),
  'agreements:update': channel<AgreementRow>()(agreementUpdateSchema.strict()),
  'agreements:delete': channel<{ id: string }>()(byId),

  'agreements:versions': channel<AgreementVersion[]>()(versionListSchema.strict()),
  'agreements:version-create': channel<AgreementVersion>()(versionInputSchema.strict()),
  'agreements:version-update': channel<AgreementVersion>()(versionUpdateSchema.strict()),
  'agreements:version-delete': channel<{ id: string }>()(byId),

  // Contacts.
  'contacts:list': channel<ContactPage>()(contactListSchema.unwrap().strict().default({ limit: 200, offset: 0 })),
  'contacts:get': channel<ContactDetail>()(byId),
  'contacts:create': channel<Contact>()(contactInputSchema.strict()),
  'contacts:update': channel<Contact>()(contactUpdateSchema.strict()),
  'contacts:delete': channel<{ id: string }>()(byId),

  // Project actions.
  'actions:list': channel<ActionPage>()(
    actionListSchema.unwrap().strict().default({ sort: 'startOn', direction: 'desc', limit: 200, offset: 0 }),
  ),
  'actions:facets': channel<ActionFacets>()(noPayload),
  'actions:get': channel<ActionDetail>()(byId),
  'actions:create': channel<ActionDetail>()(actionInputSchema.strict()),
  'actions:update': channel<ActionDetail>()(actionUpdateSchema.strict()),
  'actions:delete': channel<{ id: string }>()(byId),

  // Themes.
  'themes:list': channel<Theme[]>()(noPayload),
  'themes:create': channel<Theme>()(themeInputSchema.strict()),
  'themes:update': channel<Theme>()(themeUpdateSchema.strict()),
  'themes:delete': channel<{ id: string }>()(byId),

  // Documents (attachments).
  'documents:list': channel<DocumentMeta[]>()(documentOwnerSchema.strict()),
  'documents:upload': channel<DocumentMeta>()(documentUploadSchema.strict()),
  'documents:read': channel<DocumentContent>()(byId),
  'documents:delete': channel<{ id: string }>()(byId),

  // History and the trash.
  'history:list': channel<HistoryPage>()(historyListSchema.strict()),

  'trash:list': channel<Page<TrashEntry>>()(trashListSchema.unwrap().strict().default({ limit: 200, offset: 0 })),
  'trash:restore': channel<RestoreResult>()(trashRestoreSchema),
  'trash:purge': channel<{ id: string }>()(byId),
  'trash:empty': channel<{ purged: number }>()(noPayload),

  // Search and the dashboard.
  'search:query': channel<SearchResults>()(searchQuerySchema.strict()),
  'dashboard:summary': channel<DashboardSummary>()(dashboardSchema),

  // The data folder: status, recovery, backups, archives.
  'app:status': channel<AppStatus>()(noPayload),
  'recovery:restore': channel<BackupRestoreResult>()(backupFileSchema),
  'recovery:start-empty': channel<AppStatus>()(noPayload),
  'backups:restore': channel<BackupRestoreResult>()(backupFileSchema),
  'backups:overview': channel<BackupOverviewView>()(noPayload),
  'backups:create': channel<BackupInfo>()(noPayload),
  'backups:settings': channel<BackupOverviewView>()(backupSettingsSchema),
  'backups:check': channel<CheckResult>()(integrityCheckSchema),
  'archive:export': channel<ArchiveInfo>()(archiveExportSchema),
  'archive:import': channel<ArchiveImportResult>()(archiveImportSchema),

  // Reports and exports.
  'reports:view': channel<ReportDocument>()(reportViewSchema),
  'exports:start': channel<ExportStatus>()(exportStartSchema),
  'exports:status': channel<ExportStatus>()(exportJobSchema),
  'exports:cancel': channel<ExportStatus>()(exportJobSchema),
  'exports:download': channel<ExportDownload>()(exportJobSchema),

  // Spreadsheet import (CSV, XLSX): the steps are described in shared/schemas/imports.ts.
  'imports:upload': channel<ImportUploadResult>()(importUploadSchema),
  'imports:inspect': channel<ImportInspection>()(importInspectSchema),
  'imports:preview': channel<ImportPreview>()(importPreviewSchema),
  'imports:run': channel<ImportJobStatus>()(importRunSchema),
  'imports:status': channel<ImportJobStatus>()(importJobSchema),
  'imports:cancel': channel<ImportJobStatus>()(importJobSchema),
  'imports:list': channel<ImportBatch[]>()(importListSchema),
  'imports:undo': channel<ImportUndoResult>()(importBatchIdSchema),
  'imports:rejected': channel<ImportRejectedFile>()(importRejectedSchema),
  'imports:discard': channel<{ fileId: string }>()(importFileIdSchema),

  // Team sharing through PostgreSQL (these answer with a promise: they talk to the server).
  'team:status': channel<TeamStatus>()(noPayload),
  'team:test-connection': channel<TeamConnectionTest>()(teamConnectionSchema),
  'team:join': channel<TeamJoinResult>()(teamJoinSchema),
  'team:sync': channel<SyncResult>()(noPayload),
  'team:conflicts': channel<TeamConflict[]>()(noPayload),
  'team:resolve': channel<TeamConflict>()(teamResolveSchema),
  'team:members': channel<TeamMember[]>()(noPayload),
  'team:changes': channel<TeamChanges>()(teamChangesSchema),
  'team:leave': channel<TeamStatus>()(noPayload),
} as const;

export type Contract = typeof contract;

/**
 * Channels the data-folder session answers itself rather than a handler: they must work while
 * the database awaits recovery (and restoring or importing an archive closes and reopens it).
 */
export const SESSION_CHANNELS = [
  'app:status',
  'recovery:restore',
  'recovery:start-empty',
  'backups:restore',
  'archive:import',
] as const;
export type SessionChannel = (typeof SESSION_CHANNELS)[number];
export type ChannelName = keyof Contract;
/** What a caller passes on a channel (before defaults are applied). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives on a channel (after validation and defaults). */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
/** What a channel answers. */
export type ResponseOf<C extends ChannelName> = NonNullable<Contract[C]['response']>;

/** Every channel name, for the preload's allow-list and the preview's router. */
export const CHANNELS = Object.keys(contract) as ChannelName[];

/** True when `name` is a channel of the contract. */
export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
