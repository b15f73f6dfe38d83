import { describe, expect, it } from 'vitest';
import { exportStartSchema } from '../../../../shared/reports/requests';
import {
  base64ToBytes,
  csvSeparatorFor,
  exportFileName,
  exportStartRequest,
  exportTarget,
  listExportSubject,
  progressPercent,
  saveDialogOptions,
} from './exportFlow';

describe('export flow', () => {
  it('names the file after the document and the format', () => {
    expect(exportFileName('accords-annual-2026', 'xlsx')).toBe('accords-annual-2026.xlsx');
    expect(saveDialogOptions('accords-map', 'ics', 'Calendar (ICS)', 'Save')).toEqual({
      purpose: 'export',
      defaultName: 'accords-map.ics',
      title: 'Save',
      filter: { name: 'Calendar (ICS)', extensions: ['ics'] },
    });
  });

  it('sends main’s handle for the file chosen in the dialog (never its path) or downloads in the preview', () => {
    const handle = 'x'.repeat(32);
    expect(exportTarget({ handle, path: '/home/me/a.pdf' })).toEqual({ kind: 'chosen', handle });
    expect(exportTarget(null)).toEqual({ kind: 'download' });
  });

  it('uses the language separator unless one was chosen', () => {
    expect(csvSeparatorFor('fr', null)).toBe(';');
    expect(csvSeparatorFor('en', null)).toBe(',');
    expect(csvSeparatorFor('fr', ',')).toBe(',');
  });

  it('sends the separator for CSV only, and a payload main accepts', () => {
    const subject = listExportSubject({
      report: 'actions',
      filter: { sort: 'startOn', direction: 'desc', text: 'flood' },
    });
    expect(subject.fileStem).toBe('accords-actions');
    const base = {
      subject,
      csvSeparator: ';' as const,
      target: exportTarget(null),
      lang: 'fr' as const,
      today: '2026-12-01',
    };
    const csv = exportStartRequest({ ...base, format: 'csv' });
    const pdf = exportStartRequest({ ...base, format: 'pdf' });
    expect(csv.csvSeparator).toBe(';');
    expect('csvSeparator' in pdf).toBe(false);
    expect(exportStartSchema.safeParse(csv).success).toBe(true);
    expect(exportStartSchema.safeParse(pdf).success).toBe(true);
  });

  it('shows progress only once the amount of work is known', () => {
    expect(progressPercent({ done: 0, total: 0 })).toBeNull();
    expect(progressPercent({ done: 250, total: 1000 })).toBe(25);
    expect(progressPercent({ done: 1200, total: 1000 })).toBe(100);
  });

  it('decodes the base64 of a download byte for byte', () => {
    const bytes = Uint8Array.from([0, 1, 127, 128, 200, 255, 37, 80, 68, 70]);
    const base64 = btoa(String.fromCharCode(...bytes));
    expect(Array.from(base64ToBytes(base64))).toEqual(Array.from(bytes));
  });
});
