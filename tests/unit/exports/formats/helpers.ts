import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import type { ReportDocument } from '../../../../shared/reports/document';
import type { CsvSeparator, ExportFormat } from '../../../../shared/reports/requests';
import { renderReport } from '../../../../electron/exports/formats';
import { createProgress, type Progress } from '../../../../electron/core/progress';
import { built } from './fixtures';

/** Renders a fixture document in one format with a progress that records its phases. */
export async function render(
  document: ReportDocument,
  format: ExportFormat,
  csvSeparator: CsvSeparator = document.lang === 'fr' ? ';' : ',',
  progress: Progress = createProgress(new AbortController().signal),
): Promise<Buffer> {
  return renderReport(built(document), format, { csvSeparator }, progress);
}

/** A CSV file back as rows of fields (without its BOM). */
export function parseCsv(file: Buffer, separator: CsvSeparator): string[][] {
  const text = file.toString('utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: separator,
    newline: '\r\n',
    skipEmptyLines: false,
  });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  // The file ends with CRLF, which papaparse reads as one last empty row.
  const rows = parsed.data;
  if (rows.length > 0 && rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === '') rows.pop();
  return rows;
}

/** The text of a PDF (all pages, or one), as pdftotext reads it. */
export function pdfText(file: Buffer, page?: number, layout = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const options = [...range, ...(layout ? ['-layout'] : [])];
  return execFileSync('pdftotext', [...options, '-', '-'], { input: file }).toString('utf8');
}

/** A PDF's info dictionary as pdfinfo prints it. */
export function pdfInfo(file: Buffer, options: string[] = []): Record<string, string> {
  const out = execFileSync('pdfinfo', [...options, '-'], { input: file }).toString('utf8');
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}
