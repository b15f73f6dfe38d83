import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCity } from '../../../electron/services/cities/cities';
import { teamStatus } from '../../../electron/services/team/team';
import { lastSeq } from '../../../electron/services/team/state';
import { dumpRegister, freshTeam, joinedDesktop, serverRows } from './teamHarness';

/**
 * A desktop killed for real (SIGKILL of the process syncing, no hook unwinding anything),
 * mid-push and mid-pull, then synced again in this process: nothing is applied twice on the
 * server or on the desktop, and the registers converge.
 */

const CHILD = join(import.meta.dirname, 'fixtures/syncChild.ts');

/** Runs the child on a data folder and SIGKILLs it when it prints `killAt`; its stdout lines. */
function syncKilledAt(dataDir: string, killAt: string): Promise<{ lines: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const lines: string[] = [];
    let stderr = '';
    let partial = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      const parts = (partial + text).split('\n');
      partial = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === killAt) child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended (${code ?? signal}) before "${killAt}": ${lines.join(' | ')} ${stderr}`));
      else resolve({ lines, signal });
    });
  });
}

describe('a desktop killed mid-sync (SIGKILL of a real process)', () => {
  it('killed mid-push and mid-pull, resumed here: no change logged or applied twice, registers identical', { timeout: 120_000 }, async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    for (let i = 0; i < 40; i += 1) createCity(a.db, { name: `Ville ${i}`, country: 'FR', notes: `note ${i}` });
    const pending = teamStatus(a.db).pending;
    expect(pending).toBeGreaterThan(30);

    // Mid-push: the server has committed the third batch, the desktop has not noted it.
    const push = await syncKilledAt(a.dir, 'batch-sent 3');
    expect(push.signal).toBe('SIGKILL');
    expect(push.lines).not.toContain('done');
    const [{ n: loggedAtKill }] = (await serverRows(url, 'SELECT count(*)::int AS n FROM accords.change_log')) as [{ n: number }];
    expect(loggedAtKill).toBeGreaterThan(0);
    expect(teamStatus(a.db).pending).toBeGreaterThan(0);
    await a.sync();
    expect(teamStatus(a.db).pending).toBe(0);

    // Mid-pull: B has read its third page and not applied it.
    const pull = await syncKilledAt(b.dir, 'page-fetched 3');
    expect(pull.signal).toBe('SIGKILL');
    const positionAtKill = lastSeq(b.db);
    expect(positionAtKill).toBeGreaterThan(0);
    const [{ max }] = (await serverRows(url, 'SELECT max(seq)::int AS max FROM accords.change_log')) as [{ max: number }];
    expect(positionAtKill).toBeLessThan(max);
    const [{ after }] = (await serverRows(url, `SELECT count(*)::int AS after FROM accords.change_log WHERE seq > ${positionAtKill}`)) as [{ after: number }];
    const resumed = await b.sync();
    // The resumed sync pulled exactly what B had not applied before the kill: no page twice.
    expect(resumed.pulled).toBe(after);

    // The server's log: each (record, field, clock) once; the 40 cities once each.
    expect(await serverRows(url, 'SELECT record_id, field, hlc, count(*) FROM accords.change_log GROUP BY 1, 2, 3 HAVING count(*) > 1')).toEqual([]);
    const [{ cities }] = (await serverRows(url, `SELECT count(*)::int AS cities FROM accords.cities WHERE name LIKE 'Ville %'`)) as [{ cities: number }];
    expect(cities).toBe(40);
    // B created each city once (one history line each) and has the same register as A.
    const created = b.db.prepare(`SELECT count(*), count(DISTINCT entity_id) FROM audit_log WHERE entity_type = 'city' AND action = 'create'`).raw().get();
    expect(created).toEqual([40, 40]);
    expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
    expect(teamStatus(b.db).pending).toBe(0);
  });
});
