/**
 * `npx tsx tests/bench/actions.ts [--actions N] [--data-dir DIR]`: fills a fresh database with
 * synthetic data (500 cities, 2,000 agreements, 100,000 actions by default) and prints how long
 * each filter of the actions list takes (median of several runs, first page of 50 plus the
 * total), and the search box. Timings are printed, never asserted: they depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { databasePath } from '../../electron/paths/dataDir';
import { listActions } from '../../electron/services/actions/list';
import { searchEverything } from '../../electron/services/search/search';
import type { ActionListFilter } from '../../shared/schemas/actions';
import { generateBenchData } from './benchData';
import { timeMedian } from './timing';

const RUNS = 7;

function time(run: () => unknown): number {
  return timeMedian(run, RUNS);
}

export function runActionsBench(options: {
  actions: number;
  dataDir?: string;
  log?: (line: string) => void;
}): void {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'accords-bench-'));
  const db = openDatabase(databasePath(dir));
  try {
    generateBenchData(db, { actions: options.actions, log });
    const pick = (sql: string) => db.prepare(sql).pluck().get() as string;
    const agreementId = pick(
      'SELECT agreement_id FROM actions GROUP BY agreement_id ORDER BY count(*) DESC LIMIT 1',
    );
    const cityId = pick(
      'SELECT a.city_id FROM agreements a JOIN actions x ON x.agreement_id = a.id GROUP BY a.city_id ORDER BY count(*) DESC LIMIT 1',
    );
    const themeId = pick("SELECT id FROM themes WHERE code = 'culture'");
    const filters: [string, ActionListFilter][] = [
      ['no filter', {}],
      ['agreement', { agreementId }],
      ['partner city', { cityId }],
      ['theme', { themeId }],
      ['kind', { kind: 'workshop' }],
      ['status', { status: 'ongoing' }],
      ['from 2024', { from: '2024' }],
      ['to 1990', { to: '1990' }],
      ['range 2010–2011', { from: '2010', to: '2011' }],
      ['department', { department: 'Housing' }],
      ['follow-up due', { followUpTo: '2026-12-31', sort: 'followUpOn', direction: 'asc' }],
      ['text "housing"', { text: 'housing' }],
      ['status + kind + from', { status: 'done', kind: 'study_visit', from: '2015' }],
      ['sort by title', { sort: 'title', direction: 'asc' }],
      ['page 1000 (offset 50,000)', { offset: 50_000 }],
    ];
    log(`actions:list, first page of 50 + total, median of ${RUNS} runs:`);
    for (const [name, filter] of filters) {
      let total = 0;
      const ms = time(() => (total = listActions(db, { limit: 50, ...filter }).total));
      log(`  ${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms   (${total} actions)`);
    }
    log('search:query, 8 hits per kind:');
    for (const text of ['sao paulo', 'hou', 'housing', 'study visit culture', 'zz']) {
      const ms = time(() => searchEverything(db, { text }));
      log(`  ${JSON.stringify(text).padEnd(28)} ${ms.toFixed(1).padStart(7)} ms`);
    }
  } finally {
    closeDatabase(db);
    if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { actions: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  runActionsBench({ actions: Number(values.actions ?? 100_000), dataDir: values['data-dir'] });
}
