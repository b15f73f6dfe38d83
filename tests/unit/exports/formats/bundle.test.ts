import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
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
    // Only the rasteriser's native module is left to node_modules, which ships it as the
    // packaged app does: its loader and the platform's prebuilt package, nothing else.
    expect(packages).toEqual(['@resvg/resvg-js']);
    const resolve = createRequire(import.meta.url).resolve;
    const loader = dirname(resolve('@resvg/resvg-js/package.json'));
    cpSync(loader, join(outdir, 'node_modules/@resvg/resvg-js'), { recursive: true });
    const platform = dirname(
      createRequire(join(loader, 'index.js')).resolve(
        `@resvg/resvg-js-${process.platform}-${process.arch}-gnu/package.json`,
      ),
    );
    cpSync(platform, join(outdir, 'node_modules/@resvg', platform.split(/[\\/]/).at(-1) ?? ''), {
      recursive: true,
    });
    const out = execFileSync(process.execPath, [join(outdir, 'formats.cjs'), outdir], {
      cwd: outdir,
    }).toString();
    expect(out.trim()).toBe('ok');
    for (const format of ['pdf', 'xlsx', 'csv', 'docx', 'ics', 'json'])
      expect(existsSync(join(outdir, `rich.${format}`))).toBe(true);
    const text = pdfText(readFileSync(join(outdir, 'rich.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('Rapport annuel de l’action internationale 2026');
    expect(text).toContain('Montréal, Québec');
    // The DOCX carries its charts and map, rasterised with the fonts copied beside the bundle.
    const docx = await JSZip.loadAsync(readFileSync(join(outdir, 'rich.docx')));
    expect(Object.keys(docx.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(
      5,
    );
  }, 60_000);
});
