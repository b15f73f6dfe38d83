import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { copyMainAssets, mainBuildOptions } from '../../../../build/scripts/electronBundles';
import { pdfText } from './helpers';

// Outside the repository: nothing in node_modules can be found from here, as in the packaged app.
const outdir = mkdtempSync(join(tmpdir(), 'accords-formats-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('export formats bundled like main', () => {
  it('write every format from a CommonJS bundle with only the assets copied beside it', async () => {
    await build({
      ...mainBuildOptions('tests/unit/exports/formats/bundleEntry.ts', join(outdir, 'formats.cjs')),
      sourcemap: false,
      logLevel: 'silent',
    });
    const assets = await copyMainAssets(outdir);
    expect(assets.map((file) => file.slice(outdir.length + 1)).sort()).toEqual([
      'assets/DejaVuSans-Bold.ttf',
      'assets/DejaVuSans.ttf',
      'assets/countries-110m.json',
    ]);
    const code = readFileSync(join(outdir, 'formats.cjs'), 'utf8');
    const packages = [...code.matchAll(/require\("([^"]+)"\)/g)]
      .map((m) => m[1] ?? '')
      .filter(
        (name) =>
          !/^(node:|fs$|path$|stream$|util$|events$|buffer$|zlib$|crypto$|assert$|string_decoder$|constants$|os$|module$)/.test(
            name,
          ),
      );
    expect(packages).toEqual([]);
    const out = execFileSync(process.execPath, [join(outdir, 'formats.cjs'), outdir], {
      cwd: outdir,
    }).toString();
    expect(out.trim()).toBe('ok');
    for (const format of ['pdf', 'xlsx', 'csv', 'docx', 'ics', 'json'])
      expect(existsSync(join(outdir, `rich.${format}`))).toBe(true);
    const text = pdfText(readFileSync(join(outdir, 'rich.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('Rapport annuel de l’action internationale 2026');
    expect(text).toContain('Montréal, Québec');
  }, 60_000);
});
