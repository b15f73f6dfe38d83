import { describe, expect, it } from 'vitest';
import { FileGrants, GRANT_TTL_MS } from '../../../electron/files/grants';
import { fileHandleSchema } from '../../../shared/schemas/fileHandles';

/** The refusal a redeem throws, or null when it answered. */
function refusal(run: () => unknown): { key: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    return error as { key: string; message: string };
  }
}

describe('file grants: the handles behind the native dialogs', () => {
  it('gives an opaque handle the contract accepts, good once, for that window and purpose', () => {
    const grants = new FileGrants();
    const handle = grants.issue('webContents:1', 'export', '/home/me/annual.pdf');
    expect(handle).not.toContain('annual');
    expect(fileHandleSchema.safeParse(handle).success).toBe(true);
    expect(grants.issue('webContents:1', 'export', '/x')).not.toBe(handle);
    expect(grants.redeem(handle, 'webContents:1', 'export')).toBe('/home/me/annual.pdf');
    expect(refusal(() => grants.redeem(handle, 'webContents:1', 'export'))).toMatchObject({
      key: 'errors.files.handleUnknown',
      message: expect.stringContaining('already used'),
    });
  });

  it('refuses a handle from another window, for another purpose, unknown or expired, and spends it', () => {
    let now = 1_000;
    const grants = new FileGrants(() => now);
    const other = grants.issue('webContents:1', 'archive-import', '/a.tar.gz');
    expect(refusal(() => grants.redeem(other, 'webContents:2', 'archive-import'))).toMatchObject({
      key: 'errors.files.handleUnknown',
      message: expect.stringContaining('another window'),
    });
    // Spent by the failed try: the rightful window cannot use it either now.
    expect(refusal(() => grants.redeem(other, 'webContents:1', 'archive-import'))).not.toBeNull();

    const purpose = grants.issue('webContents:1', 'archive-import', '/a.tar.gz');
    expect(refusal(() => grants.redeem(purpose, 'webContents:1', 'archive-export'))).toMatchObject({
      message: expect.stringContaining('for archive-import, not archive-export'),
    });

    expect(refusal(() => grants.redeem('A'.repeat(32), 'webContents:1', 'export'))).toMatchObject({
      message: expect.stringContaining('unknown'),
    });

    const late = grants.issue('webContents:1', 'backup-folder', '/backups');
    now += GRANT_TTL_MS;
    expect(refusal(() => grants.redeem(late, 'webContents:1', 'backup-folder'))).toMatchObject({
      key: 'errors.files.handleUnknown',
    });
    expect(grants.size).toBe(0);
  });

  it('keeps a bounded number of unspent handles, forgetting the oldest', () => {
    const grants = new FileGrants();
    const first = grants.issue('w', 'export', '/first');
    for (let i = 0; i < 100; i += 1) grants.issue('w', 'export', `/file-${i}`);
    expect(grants.size).toBe(64);
    expect(refusal(() => grants.redeem(first, 'w', 'export'))).not.toBeNull();
  });
});
