import type Database from 'better-sqlite3';
import { allSpellings } from '../../../shared/domain/placeNames';
import { searchKey } from '../../../shared/domain/text';
import { idSchema } from '../../../shared/schemas/common';
import { getCity, listCities } from '../../services/cities/cities';
import { getTheme, listThemes } from '../../services/themes/themes';
import { CliError } from '../types';
import type { ReportLookups } from './reportOptions';

const isId = (text: string) => idSchema.safeParse(text.trim()).success;

/**
 * `--partner prague`, `--partner Québec`, `--partner copenhague` or an id: the partner city it names,
 * by any of its whole names (French, English, other spellings) without regard to case or accents. Several cities of that name (in two
 * countries) are a refusal that lists them, so the user can pass the id instead.
 */
export function findPartner(db: Database.Database, text: string): string {
  if (isId(text)) return getCity(db, text.trim()).id;
  const key = searchKey(text);
  const candidates = key ? listCities(db, { text: key }) : [];
  // Any of its names: "copenhague", "Copenhagen" and "København" name the same city.
  const exact = candidates.filter((city) =>
    allSpellings({ fr: city.nameFr, en: city.nameEn, aliases: city.aliases, country: city.country }).some(
      (spelling) => searchKey(spelling) === key,
    ),
  );
  if (exact.length === 1) return exact[0]!.id;
  const list = (cities: typeof candidates) =>
    cities
      .slice(0, 10)
      .map((c) => `${c.name} (${c.country}, ${c.id})`)
      .join(', ');
  if (exact.length > 1) {
    throw new CliError(
      `--partner "${text}" matches ${exact.length} partner cities: ${list(exact)}; give its id`,
    );
  }
  const hint = candidates.length > 0 ? `; did you mean ${list(candidates)}?` : '';
  throw new CliError(`no partner city is named "${text}"${hint}`);
}

/** `--theme risk_prevention`, `--theme "Prévention des risques"` or an id: the theme it names. */
export function findTheme(db: Database.Database, text: string): string {
  if (isId(text)) return getTheme(db, text.trim()).id;
  const key = searchKey(text);
  const themes = listThemes(db);
  const byCode = themes.filter((t) => t.code === key);
  const matches =
    byCode.length > 0
      ? byCode
      : themes.filter((t) => searchKey(t.labelEn) === key || searchKey(t.labelFr) === key);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) {
    throw new CliError(
      `--theme "${text}" matches ${matches.length} themes: ${matches.map((t) => `${t.code} (${t.id})`).join(', ')}; give its code or id`,
    );
  }
  throw new CliError(
    `no theme is named "${text}"; the themes are ${themes.map((t) => t.code).join(', ') || '(none yet)'}`,
  );
}

/** The lookups over an open database. */
export function databaseLookups(db: Database.Database): ReportLookups {
  return { partner: (text) => findPartner(db, text), theme: (text) => findTheme(db, text) };
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** Lookups that accept any name, for checking a command line before the database is opened. */
export const placeholderLookups: ReportLookups = {
  partner: () => PLACEHOLDER_ID,
  theme: () => PLACEHOLDER_ID,
};
