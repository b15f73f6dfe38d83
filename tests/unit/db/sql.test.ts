import { describe, expect, it } from 'vitest';
import { escapeLike, fragment, join, sql, where } from '../../../electron/db/sql';
import { tempDatabase } from '../helpers/tempData';

describe('SQL fragments', () => {
  it('where() keeps the conditions that apply, joined with AND, and merges their parameters', () => {
    const kind = 'workshop';
    const none: string | undefined = undefined;
    expect(
      where(
        fragment('x.kind = @kind', { kind }),
        none && fragment('x.status = @status', { status: none }),
        false,
      ),
    ).toEqual({ sql: 'WHERE x.kind = @kind', params: { kind: 'workshop' } });
    expect(where(null, '', 0, undefined)).toEqual({ sql: '', params: {} });
    expect(join([fragment('a = @a', { a: 1 }), fragment('b = @b', { b: 2 })], ' OR ')).toEqual({
      sql: 'a = @a OR b = @b',
      params: { a: 1, b: 2 },
    });
  });

  it('sql`` composes fragments only, and refuses one parameter name with two values', () => {
    const filter = where(fragment('c.country = @country', { country: 'FR' }));
    const order = fragment('c.name_key ASC');
    expect(sql`SELECT name FROM cities c ${filter} ORDER BY ${order}`).toEqual({
      sql: 'SELECT name FROM cities c WHERE c.country = @country ORDER BY c.name_key ASC',
      params: { country: 'FR' },
    });
    expect(sql`${fragment('a = @x', { x: 1 })} AND ${fragment('b = @x', { x: 1 })}`.params).toEqual(
      { x: 1 },
    );
    expect(() => sql`${fragment('a = @x', { x: 1 })} AND ${fragment('b = @x', { x: 2 })}`).toThrow(
      /@x/,
    );
  });

  it('runs on SQLite as composed, a LIKE pattern matching its wildcards literally', () => {
    const { db } = tempDatabase();
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('100%'), ('1000'), ('a_b'), ('axb')");
    const like = (text: string) => {
      const q = sql`SELECT v FROM t ${where(fragment(`v LIKE @p ESCAPE '\\'`, { p: `%${escapeLike(text)}%` }))} ORDER BY v`;
      return db.prepare(q.sql).pluck().all(q.params);
    };
    expect(like('0%')).toEqual(['100%']);
    expect(like('a_b')).toEqual(['a_b']);
  });
});
