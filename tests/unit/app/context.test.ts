import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/app/context';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { tempDir } from '../helpers/tempData';

describe('openAppContext', () => {
  it('creates the data folder, opens the migrated database and closes it', () => {
    const dataDir = join(tempDir(), 'nested', 'Accords');
    const ctx = openAppContext(dataDir);
    try {
      expect(ctx.dataDir).toBe(dataDir);
      const pkg = JSON.parse(
        readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
      ) as { version: string };
      expect(ctx.version).toBe(pkg.version);
      expect(ctx.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(existsSync(join(dataDir, 'accords.sqlite3'))).toBe(true);
    } finally {
      ctx.close();
    }
    expect(ctx.db.open).toBe(false);
    expect(existsSync(join(dataDir, 'accords.sqlite3-wal'))).toBe(false);
  });
});
