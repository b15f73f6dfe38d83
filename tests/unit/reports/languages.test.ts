import { describe, expect, test } from 'vitest';
import type { ReportDocument } from '../../../shared/reports/document';
import type { ReportRequest } from '../../../shared/reports/requests';
import { reportDocsEn } from '../../../shared/i18n/reportDocs.en';
import { reportDocsFr } from '../../../shared/i18n/reportDocs.fr';
import { cityIdByName, tempDatabase } from '../helpers/tempData';
import { themeId } from '../helpers/domain';
import { addDatedActions, report } from './fixtures';

/** What must not change with the language: every number, date and amount of a document. */
function figuresOf(document: ReportDocument): unknown {
  return document.sections.map((s) => {
    switch (s.type) {
      case 'figures':
        return s.items.map((i) => i.value);
      case 'table':
        // As a set: rows listed by partner city follow its name, which sorts differently in each language.
        return s.rows.map((row) => JSON.stringify(row.filter((cell) => typeof cell !== 'string' || /^\d{4}(-\d\d){0,2}$/.test(cell)))).sort();
      case 'chart':
        return s.series.map((series) => series.values);
      case 'map':
        // By id: the points follow the city names, which sort differently in each language.
        return s.points.map((p) => [p.cityId, p.value, p.level]).sort((l, r) => String(l[0]).localeCompare(String(r[0])));
      case 'notes':
        return s.entries.length;
    }
  });
}

const leaves = (tree: object): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value as object)));

describe('documents in English and French', () => {
  test('the same figures, translated words', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    addDatedActions(db);
    const requests: ReportRequest[] = [
      { report: 'annual', year: 2026 },
      { report: 'partner', cityId: cityIdByName(db, 'Prague') },
      { report: 'theme', themeId: themeId(db, 'risk_prevention') },
      { report: 'timeline' },
      { report: 'dormant' },
      { report: 'anniversaries', year: 2026 },
      { report: 'map' },
      { report: 'agreements' },
      { report: 'actions' },
    ];
    for (const request of requests) {
      const en = report(ctx, request as ReportRequest & { report: 'annual' }, 'en').document;
      const fr = report(ctx, request as ReportRequest & { report: 'annual' }, 'fr').document;
      expect(figuresOf(fr), request.report).toEqual(figuresOf(en));
      expect(fr.events.map((e) => [e.uid, e.start, e.end])).toEqual(en.events.map((e) => [e.uid, e.start, e.end]));
      expect(fr.lang).toBe('fr');
      expect(fr.title).not.toBe(en.title);
      expect(fr.sections.map((s) => s.id)).toEqual(en.sections.map((s) => s.id));
      const words = (d: ReportDocument) => d.sections.flatMap((s) => [s.title, ...(s.type === 'table' ? s.columns.map((c) => c.label) : [])]);
      expect(words(fr)).not.toEqual(words(en));
      // No key left untranslated: i18next would show the key itself.
      expect(JSON.stringify(fr)).not.toMatch(/reportDocs\.|enums\./);
      expect(JSON.stringify(en)).not.toMatch(/reportDocs\.|enums\./);
    }
    const annualFr = report(ctx, { report: 'annual', year: 2026 }, 'fr').document;
    expect(annualFr.title).toBe('Rapport annuel de l’action internationale 2026');
    expect(annualFr.subtitle).toBe('1 janvier 2026 – 31 décembre 2026');
    const themeFr = report(ctx, { report: 'theme', themeId: themeId(db, 'risk_prevention') }, 'fr').document;
    expect(themeFr.title).toBe('Thème\u00a0: Prévention des risques');
    const mapFr = report(ctx, { report: 'map' }, 'fr').document;
    expect(JSON.stringify(mapFr)).toContain('Tchéquie');
  });

  test('every French string is written (none empty, none left in English by mistake for titles)', () => {
    expect(leaves(reportDocsFr).every((s) => s.trim() !== '')).toBe(true);
    expect(reportDocsFr.annual.title).not.toBe(reportDocsEn.annual.title);
  });
});
