import {
  agreementFacets,
  createAgreement,
  deleteAgreement,
  getAgreement,
  listAgreements,
  updateAgreement,
} from '../services/agreements/agreements';
import { createCity, deleteCity, getCity, listCities, updateCity } from '../services/cities/cities';
import { appState, updateSettings } from '../services/settings/setup';
import { loadSample } from '../sample/load';
import { createTheme, deleteTheme, listThemes, updateTheme } from '../services/themes/themes';
import { actionFacets, listActions } from '../services/actions/list';
import { createAction, deleteAction, getAction, updateAction } from '../services/actions/crud';
import { createContact, deleteContact, getContactDetail, listContacts, updateContact } from '../services/contacts/contacts';
import { deleteDocument, listDocuments, readDocument, uploadDocument } from '../services/documents/documents';
import { listHistory } from '../services/history/audit';
import { listTrash } from '../services/trash/trash';
import { emptyTrash, purgeTrash, restoreFromTrash } from '../services/trash/restore';
import { searchEverything } from '../services/search/search';
import { cityFactSheet, dashboardSummary } from '../services/overview/overview';
import { createVersion, deleteVersion, listVersionsOfAgreement, updateVersion } from '../services/versions/versions';
import { exportArchive } from '../safety/archive';
import { takeBackup } from '../safety/schedule';
import { backupOverviewView, checkOpenDatabase, updateBackupSettings } from '../safety/screens';
import { viewReport } from '../reports/view';
import { cancelExport, exportStatus, startExport, takeDownload } from '../exports/jobs';
import { inspectImport, previewImport, rejectedFile, runImportJob } from '../services/imports/imports';
import { cancelImportJob, importJobStatus } from '../services/imports/jobs';
import { listBatches, undoBatch } from '../services/imports/batches';
import { discardFile, uploadChunk } from '../services/imports/staging';
import { runImportInWorker } from '../workers/importInWorker';
import { requestedPath } from '../files/door';
import {
  joinTeam,
  leaveTeam,
  listConflicts,
  listMembers,
  resolveConflict,
  remoteChanges,
  syncNow,
  teamStatus,
  testConnection,
} from '../services/team/team';
import type { Handlers } from './dispatch';

/**
 * Every channel of the contract, answered by the services. Handlers stay one line: the rules
 * live in the services, the validation in the dispatcher.
 */
export const handlers: Handlers = {
  'app:state': (ctx) => appState(ctx.db, ctx),
  'settings:update': (ctx, update) => {
    updateSettings(ctx.db, update);
    return appState(ctx.db, ctx);
  },
  'setup:load-sample': (ctx) => loadSample(ctx.db),
  'setup:start-empty': (ctx, { ownCity }) => {
    updateSettings(ctx.db, { ownCity });
    return appState(ctx.db, ctx);
  },

  'cities:list': (ctx, filter) => listCities(ctx.db, filter),
  'cities:get': (ctx, { id }) => getCity(ctx.db, id),
  'cities:create': (ctx, input) => createCity(ctx.db, input),
  'cities:update': (ctx, { id, changes }) => updateCity(ctx.db, id, changes),
  'cities:delete': (ctx, { id }) => deleteCity(ctx.db, id),
  'cities:fact-sheet': (ctx, { id }) => cityFactSheet(ctx.db, id),

  'agreements:list': (ctx, filter) => listAgreements(ctx.db, filter),
  'agreements:facets': (ctx) => agreementFacets(ctx.db),
  'agreements:get': (ctx, { id }) => getAgreement(ctx.db, id),
  'agreements:create': (ctx, input) => createAgreement(ctx.db, input),
  'agreements:update': (ctx, { id, changes }) => updateAgreement(ctx.db, id, changes),
  'agreements:delete': (ctx, { id }) => deleteAgreement(ctx.db, id),

  'agreements:versions': (ctx, { agreementId }) => listVersionsOfAgreement(ctx.db, agreementId),
  'agreements:version-create': (ctx, input) => createVersion(ctx.db, input),
  'agreements:version-update': (ctx, { id, changes }) => updateVersion(ctx.db, id, changes),
  'agreements:version-delete': (ctx, { id }) => deleteVersion(ctx.db, id),

  'contacts:list': (ctx, filter) => listContacts(ctx.db, filter),
  'contacts:get': (ctx, { id }) => getContactDetail(ctx.db, id),
  'contacts:create': (ctx, input) => createContact(ctx.db, input),
  'contacts:update': (ctx, { id, changes }) => updateContact(ctx.db, id, changes),
  'contacts:delete': (ctx, { id }) => deleteContact(ctx.db, id),

  'actions:list': (ctx, filter) => listActions(ctx.db, filter),
  'actions:facets': (ctx) => actionFacets(ctx.db),
  'actions:get': (ctx, { id }) => getAction(ctx.db, id),
  'actions:create': (ctx, input) => createAction(ctx.db, input),
  'actions:update': (ctx, { id, changes }) => updateAction(ctx.db, id, changes),
  'actions:delete': (ctx, { id }) => deleteAction(ctx.db, id),

  'themes:list': (ctx) => listThemes(ctx.db),
  'themes:create': (ctx, input) => createTheme(ctx.db, input),
  'themes:update': (ctx, { id, changes }) => updateTheme(ctx.db, id, changes),
  'themes:delete': (ctx, { id }) => deleteTheme(ctx.db, id),

  'documents:list': (ctx, { ownerType, ownerId }) => listDocuments(ctx.db, ownerType, ownerId),
  'documents:upload': (ctx, upload) => uploadDocument(ctx, upload),
  'documents:read': (ctx, { id }) => readDocument(ctx, id),
  'documents:delete': (ctx, { id }) => deleteDocument(ctx.db, id),

  'history:list': (ctx, filter) => listHistory(ctx.db, filter),

  'trash:list': (ctx, filter) => listTrash(ctx.db, filter),
  'trash:restore': (ctx, request) => restoreFromTrash(ctx.db, request),
  'trash:purge': (ctx, { id }) => purgeTrash(ctx, id),
  'trash:empty': (ctx) => emptyTrash(ctx),

  'search:query': (ctx, query) => searchEverything(ctx.db, query),
  'dashboard:summary': (ctx, request) => dashboardSummary(ctx.db, request),

  'backups:overview': (ctx) => backupOverviewView(ctx.dataDir),
  'backups:create': (ctx) => takeBackup(ctx, 'manual'),
  'backups:settings': (ctx, input) => updateBackupSettings(ctx.dataDir, input),
  'backups:check': (ctx, { full }) => checkOpenDatabase(ctx.db, ctx.dataDir, full),
  // The open connection, so the snapshot in the archive is one consistent state.
  'archive:export': (ctx, input) =>
    exportArchive(ctx.dataDir, requestedPath(input), {
      db: ctx.db,
      overwrite: input.overwrite,
      version: ctx.version,
    }),

  'reports:view': (ctx, view) => viewReport(ctx, view),
  'exports:start': (ctx, request) => startExport(ctx, request),
  'exports:status': (_ctx, { jobId }) => exportStatus(jobId),
  'exports:cancel': (_ctx, { jobId }) => cancelExport(jobId),
  'exports:download': (_ctx, { jobId }) => takeDownload(jobId),

  'imports:upload': (ctx, request) => uploadChunk(ctx.dataDir, request),
  'imports:inspect': (ctx, request) => inspectImport(ctx, request),
  'imports:preview': (ctx, request) => previewImport(ctx, request),
  // Run on a worker thread: the window keeps answering while a large file is written.
  'imports:run': (ctx, request) => runImportJob(ctx, request, runImportInWorker),
  'imports:status': (ctx, { jobId }) => importJobStatus(ctx, jobId),
  'imports:cancel': (_ctx, { jobId }) => cancelImportJob(jobId),
  'imports:list': (ctx, request) => listBatches(ctx.db, request?.limit),
  'imports:undo': (ctx, { batchId }) => undoBatch(ctx.db, batchId),
  'imports:rejected': (ctx, request) => rejectedFile(ctx, request),
  'imports:discard': (ctx, { fileId }) => discardFile(ctx.dataDir, fileId),

  'team:status': (ctx) => teamStatus(ctx.db),
  'team:test-connection': (_ctx, connection) => testConnection(connection),
  'team:join': (ctx, request) => joinTeam(ctx, request),
  'team:sync': (ctx) => syncNow(ctx),
  'team:conflicts': (ctx) => listConflicts(ctx.db),
  'team:resolve': (ctx, request) => resolveConflict(ctx.db, request),
  'team:members': (ctx) => listMembers(ctx.db),
  'team:changes': (ctx, { since }) => remoteChanges(ctx.db, since),
  'team:leave': (ctx) => leaveTeam(ctx.db),
};
