/**
 * Bundled by bundle.test.ts the way main is, then run by plain Node from a folder with no
 * node_modules: writes every format of the rich fixture into the folder given.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../../../../electron/exports/formats';
import { noProgress } from '../../../../electron/core/progress';
import { EXPORT_FORMATS } from '../../../../shared/reports/requests';
import { built, richDocument } from './fixtures';

async function main(outdir: string): Promise<void> {
  for (const format of EXPORT_FORMATS) {
    const file = await renderReport(
      built(richDocument('fr')),
      format,
      { csvSeparator: ';' },
      noProgress,
    );
    writeFileSync(join(outdir, `rich.${format}`), file);
  }
}

// Main's bundle is CommonJS: no top-level await.
main(process.argv[2] ?? '.').then(
  () => console.log('ok'),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
