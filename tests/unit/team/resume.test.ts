import { describe, expect, it } from 'vitest';
import { createCity, getCity, updateCity } from '../../../electron/services/cities/cities';
import { readDocument, uploadDocument } from '../../../electron/services/documents/documents';
import { syncNow, teamStatus } from '../../../electron/services/team/team';
import { lastSeq } from '../../../electron/services/team/state';
import { agreementIdByCity } from '../helpers/tempData';
import { dumpRegister, freshTeam, joinedDesktop, serverRows } from './teamHarness';

/**
 * A sync cut short — after the server committed a batch but before the desktop noted it, or
 * after a page was read but before it was applied, or by the server dropping the connection —
 * resumes with nothing applied twice; attachments travel by hash and open on the others.
 */

class Crash extends Error {}

function addCities(db: Parameters<typeof createCity>[0], prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => createCity(db, { name: `${prefix} ${i}`, country: 'FR' }).id);
}

describe('a sync cut short resumes', () => {
  it('mid-push: the batch the server committed is not applied twice when resent', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    addCities(a.db, 'Ville', 12);
    await expect(syncNow(a.ctx, { batchSize: 40, onStep: (step) => { if (step === 'batch-sent') throw new Crash('killed'); } })).rejects.toThrow('killed');
    const [{ batches: before }] = (await serverRows(url, 'SELECT count(*)::int AS batches FROM accords.applied_batches')) as [{ batches: number }];
    expect(teamStatus(a.db).pending).toBeGreaterThan(0);

    const resumed = await syncNow(a.ctx, { batchSize: 40 });
    expect(resumed.pushed).toBeGreaterThan(0);
    expect(teamStatus(a.db).pending).toBe(0);
    // Each field change is in the log once: no (record, field, clock) twice.
    const dupes = await serverRows(url, `SELECT record_id, field, hlc, count(*) FROM accords.change_log GROUP BY 1, 2, 3 HAVING count(*) > 1`);
    expect(dupes).toEqual([]);
    const [{ batches: after }] = (await serverRows(url, 'SELECT count(*)::int AS batches FROM accords.applied_batches')) as [{ batches: number }];
    // The resent batch counted once; the rest went as new batches.
    expect(after).toBeGreaterThan(before);
    const [{ cities }] = (await serverRows(url, `SELECT count(*)::int AS cities FROM accords.cities WHERE name LIKE 'Ville %'`)) as [{ cities: number }];
    expect(cities).toBe(12);
    await b.sync();
    expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
  });

  it('mid-pull: a page read but not applied, then a page applied, then a crash: nothing twice', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    addCities(a.db, 'Bourg', 10);
    await a.sync();
    const start = lastSeq(b.db);
    const seqs = (await serverRows(url, `SELECT seq::int AS seq FROM accords.change_log WHERE seq > ${start} ORDER BY seq`)).map((r) => r.seq as number);
    await expect(syncNow(b.ctx, { pageSize: 7, onStep: (step) => { if (step === 'page-fetched') throw new Crash('killed'); } })).rejects.toThrow('killed');
    expect(b.db.prepare(`SELECT count(*) FROM cities WHERE name LIKE 'Bourg %'`).pluck().get()).toBe(0);
    let pages = 0;
    await expect(syncNow(b.ctx, { pageSize: 7, onStep: (step) => { if (step === 'pulled-page' && ++pages === 2) throw new Crash('killed'); } })).rejects.toThrow('killed');
    const partly = b.db.prepare(`SELECT count(*) FROM cities WHERE name LIKE 'Bourg %'`).pluck().get() as number;
    expect(partly).toBeGreaterThan(0);
    // Two pages applied, each with its position, in one transaction each.
    expect(lastSeq(b.db)).toBe(seqs[13]);
    const result = await syncNow(b.ctx, { pageSize: 7 });
    expect(result.pulled).toBe(seqs.length - 14);
    expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
    expect(b.db.prepare(`SELECT count(*) FROM cities WHERE name LIKE 'Bourg %'`).pluck().get()).toBe(10);
    // Applying the others' changes sent nothing back.
    expect(teamStatus(b.db).pending).toBe(0);
  });

  it('the server dropping every connection mid-sync (a restart): the next sync finishes the job', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    addCities(a.db, 'Cité', 8);
    const database = new URL(url).pathname.slice(1);
    const drop = async () => {
      await serverRows(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid() AND application_name = 'accords'`);
    };
    await expect(syncNow(a.ctx, { batchSize: 10, onStep: async (step) => { if (step === 'pushed-batch') await drop(); } })).rejects.toThrow();
    expect(teamStatus(a.db).lastError).not.toBeNull();
    await a.sync();
    expect(teamStatus(a.db).pending).toBe(0);
    expect(teamStatus(a.db).lastError).toBeNull();
    await expect(syncNow(b.ctx, { pageSize: 10, onStep: async (step) => { if (step === 'pulled-page') await drop(); } })).rejects.toThrow();
    await b.sync();
    expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
  });
});

describe('attachments', () => {
  it('a document added on one desktop opens on the others, its bytes sent once', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne', { sample: true });
    const b = await joinedDesktop(url, 'Bruno');
    const c = await joinedDesktop(url, 'Chloé');
    const bytes = Buffer.from('%PDF-1.4 minutes of the Lyon meeting\n');
    const agreementId = agreementIdByCity(a.db, 'Tbilisi');
    const doc = uploadDocument(a.ctx, { ownerType: 'agreement', ownerId: agreementId, name: 'minutes.pdf', dataBase64: bytes.toString('base64') });
    // The same bytes attached twice travel once.
    uploadDocument(a.ctx, { ownerType: 'agreement', ownerId: agreementId, name: 'copy.pdf', dataBase64: bytes.toString('base64') });
    await a.sync();
    await b.sync();
    await c.sync();
    for (const d of [b, c]) {
      const opened = readDocument(d.ctx, doc.id);
      expect(Buffer.from(opened.dataBase64, 'base64').equals(bytes)).toBe(true);
      expect(opened.name).toBe('minutes.pdf');
    }
    const blobs = await serverRows(url, 'SELECT sha256, size FROM accords.attachments');
    expect(blobs).toEqual([{ sha256: doc.sha256, size: String(bytes.length) }]);
  });

  it('a city renamed on one desktop is renamed on the others, without travelling back', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    const id = createCity(a.db, { name: 'Avignon', country: 'FR' }).id;
    await a.sync();
    await b.sync();
    updateCity(b.db, id, { name: 'Avignon-sur-Rhône' });
    await b.sync();
    const pulled = await a.sync();
    expect(pulled.changes).toContainEqual({ entity: 'city', id, op: 'update' });
    expect(getCity(a.db, id).name).toBe('Avignon-sur-Rhône');
    expect((await a.sync()).pushed).toBe(0);
  });
});
