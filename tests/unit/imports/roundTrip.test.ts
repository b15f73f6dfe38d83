import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startExport, waitForExport } from '../../../electron/exports/jobs';
import { exportStartSchema } from '../../../shared/reports/requests';
import { tempDatabase, tempDir } from '../helpers/tempData';
import { dump, importBytes } from './helpers';

/** The register as the app exports it, in a format and a language. */
async function exported(
  ctx: Parameters<typeof startExport>[0],
  format: 'csv' | 'xlsx',
  lang: 'fr' | 'en',
) {
  const file = join(tempDir(), `register.${format}`);
  const request = exportStartSchema.parse({
    request: { report: 'agreements' },
    format,
    lang,
    target: { kind: 'file', file },
  });
  const { jobId } = startExport(ctx, request);
  expect((await waitForExport(jobId)).state).toBe('done');
  return readFileSync(file);
}

describe('the app’s own register export, imported back', () => {
  for (const [format, lang] of [
    ['csv', 'fr'],
    ['csv', 'en'],
    ['xlsx', 'fr'],
    ['xlsx', 'en'],
  ] as const) {
    it(`${format.toUpperCase()} in ${lang === 'fr' ? 'French' : 'English'}: every row found, nothing created or changed`, async () => {
      const { db, ctx } = tempDatabase({ sample: true });
      const agreements = db.prepare('SELECT count(*) FROM agreements').pluck().get() as number;
      const bytes = await exported(ctx, format, lang);
      const before = dump(db);
      const { result } = await importBytes(ctx, bytes, { lang });
      expect(result.errors).toEqual([]);
      expect(result).toMatchObject({ created: 0, updated: 0, rejected: 0, batchId: null });
      expect(result.byEntity.agreement.skipped).toBe(agreements);
      expect(
        result.changes.filter((c) => c.entity === 'agreement').every((c) => c.reason === 'matched'),
      ).toBe(true);
      expect(dump(db)).toBe(before);
    });
  }

  it('CSV in French into an empty register: the same records, exported again line for line', async () => {
    const paris = tempDatabase({ sample: true });
    const original = (await exported(paris.ctx, 'csv', 'fr')).toString('utf8');
    const empty = tempDatabase();
    const { result } = await importBytes(empty.ctx, Buffer.from(original, 'utf8'), {
      unknownColumns: 'ignore',
    });
    expect(result.errors).toEqual([]);
    expect(result.byEntity.agreement.created).toBe(40);
    const again = (await exported(empty.ctx, 'csv', 'fr')).toString('utf8');
    // The actions are not part of the register file: their count column is left aside.
    const withoutActions = (text: string) =>
      text.split('\n').map((line) =>
        line
          .split(';')
          .filter((_, index) => index !== 6)
          .join(';'),
      );
    expect(withoutActions(again)).toEqual(withoutActions(original));
  });
});
