/**
 * SQL composed from fragments with named parameters, instead of editing SQL text with
 * `.replace()` or pushing onto a WHERE array and a parameter object side by side (the model is
 * Signal-Desktop's `sql` tagged template, with better-sqlite3's `@name` parameters).
 *
 *     const filter = where(
 *       f.kind && fragment('x.kind = @kind', { kind: f.kind }),
 *       f.cityId && fragment('x.city_id = @cityId', { cityId: f.cityId }),
 *     );
 *     const q = sql`SELECT count(*) FROM actions x ${filter}`;
 *     db.prepare(q.sql).pluck().get(q.params);
 *
 * Only fragments interpolate into `sql`: a value must travel as a parameter, never as text.
 */

/** A piece of SQL and the named parameters (`@name`) it uses. */
export interface SqlFragment {
  readonly sql: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A condition that may not apply: falsy ones are left out. */
export type MaybeFragment = SqlFragment | false | null | undefined | '' | 0;

/** A fragment from trusted SQL text (a constant of the code) and its parameters. */
export function fragment(sql: string, params: Record<string, unknown> = {}): SqlFragment {
  return { sql, params };
}

/** Composes fragments into one; their parameters merge (one name, one value). */
export function sql(strings: TemplateStringsArray, ...parts: SqlFragment[]): SqlFragment {
  let text = strings[0] ?? '';
  parts.forEach((part, i) => {
    text += part.sql + (strings[i + 1] ?? '');
  });
  return { sql: text, params: mergeParams(parts) };
}

/** Joins the fragments that apply with `separator`. */
export function join(parts: readonly MaybeFragment[], separator: string): SqlFragment {
  const present = parts.filter((p): p is SqlFragment => Boolean(p));
  return { sql: present.map((p) => p.sql).join(separator), params: mergeParams(present) };
}

/** `WHERE a AND b` over the conditions that apply, or nothing when none does. */
export function where(...conditions: MaybeFragment[]): SqlFragment {
  const all = join(conditions, ' AND ');
  return all.sql ? { sql: `WHERE ${all.sql}`, params: all.params } : all;
}

function mergeParams(parts: readonly SqlFragment[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part.params)) {
      if (name in params && params[name] !== value) {
        throw new Error(`SQL parameter @${name} is given two different values`);
      }
      params[name] = value;
    }
  }
  return params;
}

/** Escapes LIKE's wildcards in a user's text (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
