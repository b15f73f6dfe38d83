import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AgreementListFilter } from '../../../shared/schemas/agreements';
import { listAgreements } from '../../../electron/services/agreements/agreements';
import { cityIdByName, tempDatabase } from '../helpers/tempData';

interface Recorded {
  sql: string;
  params: unknown[];
}

/**
 * Runs `run` on the real database while recording each statement it executes with its bound
 * parameters, so the plans checked are those of the service's own SQL.
 */
function recordStatements(db: Database.Database, run: () => void): Recorded[] {
  const recorded: Recorded[] = [];
  const prepare = db.prepare.bind(db);
  const wrapped = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => {
          recorded.push({ sql, params });
          return original(...params);
        },
      });
    }
    return statement;
  }) as typeof db.prepare;
  db.prepare = wrapped;
  try {
    run();
  } finally {
    db.prepare = prepare;
  }
  return recorded;
}

function plan(db: Database.Database, statement: Recorded): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as {
    detail: string;
  }[];
  return rows.map((row) => row.detail);
}

describe("the register's filtered queries use an index", () => {
  const cases: [string, (db: Database.Database) => AgreementListFilter, RegExp][] = [
    [
      'decade',
      () => ({ decade: 1990 }),
      /^SEARCH a USING (COVERING )?INDEX agreements_year \(signed_year>\? AND signed_year<\?\)$/,
    ],
    [
      'kind',
      () => ({ kind: 'twinning' }),
      /^SEARCH a USING (COVERING )?INDEX agreements_kind \(kind=\?\)$/,
    ],
    [
      'status',
      () => ({ status: 'dormant' }),
      /^SEARCH a USING (COVERING )?INDEX agreements_status \(status=\?\)$/,
    ],
    [
      'country',
      () => ({ country: 'US' }),
      /^SEARCH c USING (COVERING )?INDEX cities_country \(country=\?\)$/,
    ],
    [
      'cityId',
      (db) => ({ cityId: cityIdByName(db, 'Rome') }),
      /^SEARCH a USING (COVERING )?INDEX agreements_city \(city_id=\?\)$/,
    ],
  ];

  it.each(cases)(
    '%s: no full scan of agreements, for the page and for its total',
    (_name, filterOf, expected) => {
      const { db } = tempDatabase({ sample: true });
      const filter = filterOf(db);
      for (const sort of ['signedOn', 'city', 'country'] as const) {
        const statements = recordStatements(db, () => listAgreements(db, { ...filter, sort }));
        // One count for the total, one select for the page.
        expect(statements).toHaveLength(2);
        for (const statement of statements) {
          const details = plan(db, statement);
          expect(
            details.some((detail) => expected.test(detail)),
            details.join('\n'),
          ).toBe(true);
          expect(
            details.filter((detail) => /^SCAN (a|c|agreements|cities)\b/.test(detail)),
            details.join('\n'),
          ).toEqual([]);
          // The action count per row goes through its index, not a scan of actions.
          expect(details.filter((detail) => /^SCAN x\b/.test(detail))).toEqual([]);
        }
      }
    },
  );

  it('the action count per row and the city join use their indexes', () => {
    const { db } = tempDatabase({ sample: true });
    const [, page] = recordStatements(db, () => listAgreements(db, { kind: 'twinning' }));
    const details = plan(db, page!);
    expect(details).toContain('SEARCH c USING INDEX sqlite_autoindex_cities_1 (id=?)');
    expect(
      details.some((d) =>
        /SEARCH x USING COVERING INDEX actions_agreement \(agreement_id=\?\)/.test(d),
      ),
      details.join('\n'),
    ).toBe(true);
  });
});
