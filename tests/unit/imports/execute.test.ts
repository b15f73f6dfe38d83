import { describe, expect, it } from 'vitest';
import { executePlan } from '../../../electron/services/imports/execute';
import type { PlannedOp, PlannedRow } from '../../../electron/services/imports/plan';
import { tempDatabase } from '../helpers/tempData';

const city = (planned: number, name: string, country: string): PlannedOp => ({
  entity: 'city',
  op: 'create',
  ref: { planned },
  values: { name, country },
  links: {},
  label: name,
});

const row = (n: number, ops: PlannedOp[]): PlannedRow => ({ row: n, outcome: 'create', ops });

describe('executePlan', () => {
  it('rolls back a refused row alone, whether it writes one record or several', () => {
    const { db } = tempDatabase({ fresh: true });
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    const agreementEndedBeforeSigned: PlannedOp = {
      entity: 'agreement',
      op: 'create',
      ref: { planned: 5 },
      values: { kind: 'twinning', signedOn: '2020-05-01', status: 'ended', endedOn: '2019-01-01' },
      links: { cityId: { planned: 4 } },
      label: 'Torino',
    };
    const execution = executePlan(db, {
      rows: [
        row(2, [city(1, 'Lyon', 'FR')]),
        // The same city again: the service refuses it (one record, no savepoint of the row's own).
        row(3, [city(2, 'Lyon', 'FR')]),
        // A city and an agreement the service refuses: the city goes with it.
        row(4, [city(4, 'Torino', 'IT'), agreementEndedBeforeSigned]),
        row(5, [city(6, 'Porto', 'PT')]),
      ],
      problems: [],
    });
    expect(execution.failures.map((f) => f.row)).toEqual([3, 4]);
    expect(execution.items.map((item) => [item.entity, item.op])).toEqual([
      ['city', 'create'],
      ['city', 'create'],
    ]);
    expect(db.prepare('SELECT name FROM cities ORDER BY name').pluck().all()).toEqual(['Lyon', 'Porto']);
    expect(count('SELECT count(*) FROM agreements')).toBe(0);
    // History and search hold exactly the records kept.
    expect(count("SELECT count(*) FROM audit_log WHERE entity_type = 'city'")).toBe(2);
    expect(count('SELECT count(*) FROM search_fts WHERE rowid > 1099511627776 AND rowid < 2 * 1099511627776')).toBe(2);
  });
});
