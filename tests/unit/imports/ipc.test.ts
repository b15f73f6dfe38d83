import { describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { HandlerContext } from '../../../electron/core/context';
import { dispatch, settle } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { waitForImportJob } from '../../../electron/services/imports/jobs';
import { tempDatabase } from '../helpers/tempData';
import { windows1252Csv } from './helpers';

async function send<C extends ChannelName>(ctx: HandlerContext, channel: C, payload: RequestOf<C>) {
  const result = (await settle(dispatch(ctx, handlers, channel, payload))) as Result<ResponseOf<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.key} ${result.error.message}`);
  return result;
}

const FILE = windows1252Csv([
  'Registre des jumelages — état au 01/12/2024',
  '',
  "Ville partenaire;Pays;Type d'accord;Date de signature;Statut;Référent",
  "Tbilissi;Géorgie;Pacte d'amitié;31/02/1997;Actif;Mme Œuvray",
  'Porto;Portugal;Jumelage;1984;En sommeil;',
]);

describe('the import through the IPC channels, as the screen drives it', () => {
  it('uploads in chunks, inspects, previews, fixes a bad date, runs, reports, remembers the mapping, undoes', async () => {
    const { ctx, db } = tempDatabase();
    const half = Math.floor(FILE.length / 2);
    const first = await send(ctx, 'imports:upload', {
      name: 'jumelages.csv',
      chunkBase64: FILE.subarray(0, half).toString('base64'),
      last: false,
    });
    const { fileId } = first.value;
    const done = await send(ctx, 'imports:upload', {
      uploadId: fileId,
      name: 'jumelages.csv',
      chunkBase64: FILE.subarray(half).toString('base64'),
      last: true,
    });
    expect(done.value).toEqual({ fileId, size: FILE.length, complete: true });

    const inspection = (await send(ctx, 'imports:inspect', { fileId })).value;
    expect(inspection).toMatchObject({
      fileName: 'jumelages.csv',
      format: 'csv',
      encoding: 'windows1252',
      separator: ';',
      headerRow: 2,
      titleRows: [['Registre des jumelages — état au 01/12/2024']],
      rowCount: 2,
      savedMapping: null,
    });
    expect(inspection.columns[5]).toEqual({
      index: 5,
      header: 'Référent',
      samples: ['Mme Œuvray'],
    });
    const mapping = inspection.suggestedMapping;

    const preview = (await send(ctx, 'imports:preview', { fileId, mapping })).value;
    expect(preview.counts).toEqual({
      rows: 2,
      valid: 1,
      invalid: 1,
      create: 1,
      update: 0,
      skip: 0,
    });
    expect(preview.problems).toEqual([
      {
        row: 4,
        column: 3,
        columnName: 'Date de signature',
        field: 'signedOn',
        code: 'import.problems.dateNotExist',
        params: { value: '31/02/1997' },
        value: '31/02/1997',
      },
    ]);
    expect(preview.rows[1]).toMatchObject({
      row: 5,
      outcome: 'create',
      values: {
        cityName: 'Porto',
        country: 'PT',
        kind: 'twinning',
        signedOn: '1984',
        status: 'dormant',
      },
      city: { action: 'create', name: 'Porto' },
    });

    const fixes = [{ row: 4, column: 3, value: '28/02/1997' }];
    const fixed = (await send(ctx, 'imports:preview', { fileId, mapping, fixes })).value;
    expect(fixed.problems).toEqual([]);
    expect(fixed.rows[0]!.values).toMatchObject({
      signedOn: '1997-02-28',
      notes: 'Référent: Mme Œuvray',
    });

    const started = (await send(ctx, 'imports:run', { fileId, mapping, fixes })).value;
    expect(started.state).toBe('running');
    await waitForImportJob(started.jobId);
    const status = await send(ctx, 'imports:status', { jobId: started.jobId });
    expect(status.value).toMatchObject({ state: 'done', result: { created: 4, refused: false } });
    // The job's writes reach the screens through the status call's change events, once.
    expect(status.changes?.some((c) => c.entity === 'agreement' && c.op === 'create')).toBe(true);
    expect((await send(ctx, 'imports:status', { jobId: started.jobId })).changes).toBeUndefined();
    expect(db.prepare('SELECT signed_on FROM agreements ORDER BY signed_on').pluck().all()).toEqual(
      ['1984', '1997-02-28'],
    );

    const again = (await send(ctx, 'imports:inspect', { fileId })).value;
    expect(again.savedMapping).toEqual(mapping);

    const [batch] = (await send(ctx, 'imports:list', undefined)).value;
    expect(batch).toMatchObject({ fileName: 'jumelages.csv', created: 4, undoneAt: null });
    const undone = await send(ctx, 'imports:undo', { batchId: batch!.id });
    expect(undone.value).toEqual({ batchId: batch!.id, removed: 4, restored: 0 });
    expect(db.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(0);
  });

  it('refuses a bad payload at the door and an unknown file by name', async () => {
    const { ctx } = tempDatabase();
    const bad = dispatch(ctx, handlers, 'imports:preview', { fileId: 'nope', mapping: {} });
    expect(bad.ok).toBe(false);
    const missing = await settle(
      dispatch(ctx, handlers, 'imports:inspect', {
        fileId: '00000000-0000-4000-8000-00000000abcd',
      }),
    );
    expect(!missing.ok && missing.error.key).toBe('import.errors.fileNotFound');
  });
});
