import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes the rows of the CSV file `csv` (the app's export, `separator`-separated) as one plain
 * HTML table, every field a cell: the same rows as a document LibreOffice Writer reads natively,
 * for the DOCX baseline. Not timed: it prepares the baseline's input.
 */
export async function csvAsHtmlTable(csv: string, html: string, separator: string): Promise<void> {
  const { data } = Papa.parse<string[]>(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), {
    delimiter: separator,
    skipEmptyLines: true,
  });
  const file = createWriteStream(html);
  file.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Actions</title></head><body>\n<table border="1">\n');
  for (const row of data) {
    if (!file.write(`<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>\n`)) await once(file, 'drain');
  }
  file.end('</table>\n</body></html>\n');
  await once(file, 'finish');
}
