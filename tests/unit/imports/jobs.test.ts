import { describe, expect, it } from 'vitest';
import { isImportError } from '../../../electron/import/errors';
import {
  cancelImportJob,
  startImportJob,
  waitForImportJob,
} from '../../../electron/services/imports/jobs';
import { runImport } from '../../../electron/services/imports/run';
import { importRunSchema } from '../../../shared/schemas/imports';
import { tempDatabase } from '../helpers/tempData';
import { NO_FILE, dump, suggested, windows1252Csv } from './helpers';

/** A register long enough to be checked in several chunks. */
function longRegister(rows: number): Buffer {
  const lines = ["Ville partenaire;Pays;Type d'accord;Date de signature;Statut"];
  for (let i = 0; i < rows; i += 1)
    lines.push(`Ville ${i};Italie;Pacte d'amitié;${1950 + (i % 70)};Actif`);
  return windows1252Csv(lines);
}

describe('a long import, followed and cancelled', () => {
  it('reports its progress while checking rows, and a cancel then leaves the database as it was', async () => {
    const { db, ctx } = tempDatabase();
    const bytes = longRegister(5_000);
    const request = importRunSchema.parse({ fileId: NO_FILE, mapping: await suggested(bytes) });
    const before = dump(db);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = runImport(ctx, { name: 'long.csv', bytes }, request, {
      inProcess: true,
      backup: false,
      signal: controller.signal,
      onProgress: ({ phase, done, total }) => {
        seen.push(`${phase} ${done}/${total}`);
        if (phase === 'checking') controller.abort();
      },
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImportError(error, 'cancelled')).toBe(true);
    expect(seen).toContain('checking 2000/5000');
    expect(dump(db)).toBe(before);
  });

  it('a job cancelled at once ends cancelled, having written nothing', async () => {
    const { db, ctx } = tempDatabase();
    const bytes = longRegister(50);
    const request = importRunSchema.parse({ fileId: NO_FILE, mapping: await suggested(bytes) });
    const before = dump(db);
    const { jobId } = startImportJob(ctx, { name: 'short.csv', bytes }, request, {
      inProcess: true,
    });
    cancelImportJob(jobId);
    expect((await waitForImportJob(jobId)).state).toBe('cancelled');
    expect(dump(db)).toBe(before);
  });
});
