import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentPassword, readPasswordFile } from '../../../electron/services/team/password';
import { passwordInUrl, withoutPassword } from '../../../electron/services/team/server/connect';
import { tempDir } from '../helpers/tempData';

// The desktop's store (Electron safeStorage) is tested in tests/unit/electron/teamPassword.test.ts.

describe('the team password on the command line', () => {
  it('comes from PGPASSWORD, or a file only its owner can read', () => {
    expect(environmentPassword({ PGPASSWORD: 'from-env' })).toBe('from-env');
    const file = join(tempDir(), 'pw');
    writeFileSync(file, 'from-file\n', { mode: 0o600 });
    expect(environmentPassword({ ACCORDS_TEAM_PASSWORD_FILE: file, PGPASSWORD: 'from-env' })).toBe('from-file');
    chmodSync(file, 0o644);
    expect(() => readPasswordFile(file)).toThrow(/chmod 600/);
  });

  it('is stripped from the connection string before it is stored', () => {
    const url = 'postgres://anne:p%40ss@db.city.example:5432/accords?sslmode=verify-full';
    expect(withoutPassword(url)).toBe('postgres://anne@db.city.example:5432/accords?sslmode=verify-full');
    expect(passwordInUrl(url)).toBe('p@ss');
    expect(withoutPassword('postgres://db.city.example/accords')).toBe('postgres://db.city.example/accords');
  });
});
