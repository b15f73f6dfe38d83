import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { databasePath } from '../../../electron/paths/dataDir';
import { tempDir } from '../helpers/tempData';

function streams() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('accords attach', () => {
  it('attaches files to an agreement, stored by hash, and refuses bad usage', async () => {
    const dataDir = tempDir();
    expect(await runCli(['sample', '--data-dir', dataDir], streams().io)).toBe(0);
    let db = openDatabase(databasePath(dataDir));
    const montreal = db
      .prepare(
        "SELECT a.id FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = 'Montreal'",
      )
      .pluck()
      .get() as string;
    closeDatabase(db);
    const file = join(tempDir(), 'pacte-2023.pdf');
    writeFileSync(file, '%PDF-1.7 new pact');

    const ok = streams();
    expect(
      await runCli(['attach', '--agreement', montreal, file, '--data-dir', dataDir], ok.io),
    ).toBe(0);
    expect(ok.out[0]).toMatch(
      /^[0-9a-f-]{36} {2}pacte-2023\.pdf {2}17 bytes {2}sha256:[0-9a-f]{12}…$/,
    );
    db = openDatabase(databasePath(dataDir));
    expect(db.prepare('SELECT owner_type, owner_id, mime FROM documents').get()).toEqual({
      owner_type: 'agreement',
      owner_id: montreal,
      mime: 'application/pdf',
    });
    closeDatabase(db);

    for (const argv of [
      ['attach', file],
      ['attach', '--agreement', 'x', file],
      ['attach', '--agreement', montreal],
      ['attach', '--agreement', montreal, '--action', montreal, file],
    ]) {
      const bad = streams();
      expect(await runCli([...argv, '--data-dir', dataDir], bad.io), argv.join(' ')).toBe(2);
    }
    const missing = streams();
    expect(
      await runCli(['attach', '--action', montreal, file, '--data-dir', dataDir], missing.io),
    ).toBe(1);
    expect(missing.err.join('')).toMatch(/not found/);
  });
});
