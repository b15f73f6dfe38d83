import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, parisDataDir as paris } from '../helpers/cli';
import { tempDir } from '../helpers/tempData';

// `accords report` with the real report builder and format writers, on the Paris example.


afterEach(() => {
  vi.unstubAllEnvs();
});

describe('accords report, real files', () => {
  it('report anniversaries --year 2026 --format json on the Paris example mentions Rome', async () => {
    const data = await paris();
    const out = join(tempDir(), 'anniversaries.json');
    const result = await cli(
      'report',
      'anniversaries',
      '--year',
      '2026',
      '--format',
      'json',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(result).toEqual({
      code: 0,
      out: [`Wrote ${out} (${readFileSync(out).length} bytes)`],
      err: [],
    });
    const written = JSON.parse(readFileSync(out, 'utf8')) as { kind: string };
    expect(written.kind).toBe('anniversaries');
    expect(JSON.stringify(written)).toContain('"Rome"');
  });

  it('a relative --out lands in the caller’s folder; a French PDF of a partner by accent-free name', async () => {
    const data = await paris();
    const here = tempDir();
    vi.stubEnv('INIT_CWD', here);
    const result = await cli(
      'report',
      'partner',
      '--partner',
      'quebec',
      '--lang',
      'fr',
      '--format',
      'pdf',
      '--out',
      'quebec.pdf',
      '--data-dir',
      data,
    );
    expect(result.code).toBe(0);
    expect(result.out).toEqual([expect.stringMatching(/^Wrote .*quebec\.pdf \(\d+ bytes\)$/)]);
    expect(readdirSync(here)).toEqual(['quebec.pdf']);
    const text = execFileSync('pdftotext', [join(here, 'quebec.pdf'), '-']).toString('utf8');
    expect(text).toContain('Québec');
  });

  it('a second run without --force is refused in one line and the first file kept', async () => {
    const data = await paris();
    const out = join(tempDir(), 'annual.xlsx');
    expect(
      (
        await cli(
          'report',
          'annual',
          '--year',
          '2026',
          '--format',
          'xlsx',
          '--out',
          out,
          '--data-dir',
          data,
        )
      ).code,
    ).toBe(0);
    const first = readFileSync(out);
    const again = await cli(
      'report',
      'annual',
      '--year',
      '2026',
      '--format',
      'xlsx',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(again).toEqual({
      code: 1,
      out: [],
      err: [`accords report: A file already exists at ${out}`],
    });
    expect(readFileSync(out).equals(first)).toBe(true);
  });
});
