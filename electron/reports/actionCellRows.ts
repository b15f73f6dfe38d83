import type Database from 'better-sqlite3';
import type { Cell } from '../../shared/reports/document';
import type { ActionKind, ActionStatus } from '../../shared/domain/enums';
import { CITY_NAME, withReaderLanguage } from '../db/functions';
import { actionKindLabel, actionStatusLabel, country, themeLabel } from './docKit';
import type { ReportContext } from './types';

/**
 * The actions list's table cells for an export, read straight from the actions table, a chunk
 * of rowids at a time: what `actionCells` makes of a list row, without the list row. An export
 * of 100,000 actions spent most of its reading on what its cells never show (ids, the partner
 * joined to every row and named by an SQL function called back into JavaScript, each theme
 * as an object): here the few hundred partners and themes are looked up once, and each
 * action's themes come as one string of ids whose label text is made once per combination.
 * `pagedExports.test.ts` checks the cells against the list's, format by format.
 */

type RawCells = [
  agreementId: string,
  title: string,
  kind: ActionKind,
  status: ActionStatus,
  startOn: string | null,
  endOn: string | null,
  leadDepartment: string,
  plannedMinor: number | null,
  plannedCurrency: string | null,
  spentMinor: number | null,
  spentCurrency: string | null,
  followUpOn: string | null,
  themeIds: string | null,
];

/** The cells reader of one export: `(rowids) => rows of cells`, in the order of the rowids. */
export function actionCellReader(rctx: ReportContext): (rowids: readonly number[]) => Cell[][] {
  const { db, lang } = rctx;
  // CROSS JOIN keeps json_each outermost: each id is one rowid lookup, in the order given.
  const rows = db
    .prepare(
      `SELECT x.agreement_id, x.title, x.kind, x.status, x.start_on, x.end_on, x.lead_department,
              x.budget_planned_minor, x.budget_planned_currency, x.budget_spent_minor, x.budget_spent_currency,
              x.follow_up_on,
              (SELECT group_concat(at.theme_id, ' ') FROM action_themes at WHERE at.action_id = x.id)
       FROM json_each(@ids) j CROSS JOIN actions x ON x.rowid = j.value
       ORDER BY j.key`,
    )
    .raw();
  const partners = partnersOf(db, lang);
  const themesText = themesTextOf(rctx);
  return (rowids) =>
    (rows.all({ ids: JSON.stringify(rowids) }) as RawCells[]).map((r) => {
      const partner = partners(r[0]);
      return [
        r[1],
        partner.cityName,
        country(rctx, partner.country),
        actionKindLabel(rctx, r[2]),
        actionStatusLabel(rctx, r[3]),
        r[4],
        r[5],
        r[6] || null,
        r[7] === null || r[8] === null ? null : { amountMinor: r[7], currency: r[8] },
        r[9] === null || r[10] === null ? null : { amountMinor: r[9], currency: r[10] },
        r[12] === null ? null : themesText(r[12]),
        r[11],
      ];
    });
}

/**
 * An agreement's partner city, as the list names it in `lang`: every agreement's read at once
 * (a thousand), one missing from that read (made during the export) on its own.
 */
function partnersOf(db: Database.Database, lang: ReportContext['lang']) {
  const sql = `SELECT a.id, ${CITY_NAME}, c.country FROM agreements a JOIN cities c ON c.id = a.city_id`;
  const read = (rows: [string, string, string][]) =>
    new Map(rows.map(([id, cityName, code]) => [id, { cityName, country: code }]));
  const known = withReaderLanguage(db, lang, () => read(db.prepare(sql).raw().all() as [string, string, string][]));
  const one = db.prepare(`${sql} WHERE a.id = ?`).raw();
  return (agreementId: string) => {
    let partner = known.get(agreementId);
    if (!partner) {
      const found = withReaderLanguage(db, lang, () => read(one.all(agreementId) as [string, string, string][]));
      partner = found.get(agreementId) ?? { cityName: '', country: '' };
      known.set(agreementId, partner);
    }
    return partner;
  };
}

/**
 * The themes cell of a set of theme ids (`group_concat`, space separated): the labels in the
 * reader's language, sorted by their English label as the list sorts them, made once per
 * combination of themes.
 */
function themesTextOf(rctx: ReportContext) {
  const themes = new Map(
    (rctx.db.prepare('SELECT id, label_en AS labelEn, label_fr AS labelFr FROM themes').all() as { id: string; labelEn: string; labelFr: string }[]).map(
      (theme) => [theme.id, theme],
    ),
  );
  const texts = new Map<string, string | null>();
  return (ids: string): string | null => {
    let text = texts.get(ids);
    if (text === undefined) {
      const labels = ids
        .split(' ')
        .flatMap((id) => themes.get(id) ?? [])
        .sort((l, r) => l.labelEn.localeCompare(r.labelEn))
        .map((theme) => themeLabel(rctx, theme));
      text = labels.join(', ') || null;
      texts.set(ids, text);
    }
    return text;
  };
}
