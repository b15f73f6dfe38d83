import { describe, expect, it, onTestFinished } from 'vitest';
import { AppSession } from '../../../electron/app/session';
import { EVERYTHING } from '../../../electron/core/changes';
import { AUDITED_ENTITIES } from '../../../shared/schemas/history';
import { tempDatabase, tempDir } from '../helpers/tempData';
import { changesOf } from '../helpers/changes';

describe('settings and setup writes report exactly what they changed', () => {
  it('settings:update reports each setting that changed, by key; the same value again reports nothing', () => {
    const { ctx } = tempDatabase({ sample: true });
    expect(changesOf(ctx, 'settings:update', { userName: 'Claire', language: 'fr' })).toEqual([
      { entity: 'setting', id: 'ui.language', op: 'create' },
      { entity: 'setting', id: 'user.name', op: 'create' },
    ]);
    expect(changesOf(ctx, 'settings:update', { userName: 'Claire' })).toBeUndefined();
    expect(changesOf(ctx, 'settings:update', { userName: 'Claire Martin', ownCity: '' })).toEqual([
      { entity: 'setting', id: 'city.own', op: 'delete' },
      { entity: 'setting', id: 'user.name', op: 'update' },
    ]);
    expect(changesOf(ctx, 'app:state', undefined)).toBeUndefined();
  });

  it('setup:start-empty reports the own city; loading the sample answers the compact form', () => {
    const { ctx } = tempDatabase();
    expect(changesOf(ctx, 'setup:start-empty', { ownCity: 'Lyon' })).toEqual([
      { entity: 'setting', id: 'city.own', op: 'create' },
    ]);
    expect(changesOf(ctx, 'setup:load-sample', undefined)).toEqual([
      { entity: 'city', id: '*', op: 'create' },
      { entity: 'agreement', id: '*', op: 'create' },
      { entity: 'agreement_version', id: '*', op: 'create' },
      { entity: 'action', id: '*', op: 'create' },
    ]);
  });

  it('a backup restored answers that everything changed', () => {
    const session = new AppSession(tempDir('accords-changes-'), { startBackup: false });
    onTestFinished(() => session.close());
    const backup = session.answer('backups:create', undefined);
    if (!backup.ok) throw new Error(backup.error.message);
    expect(backup.changes).toBeUndefined();
    const restored = session.answer('backups:restore', {
      file: (backup.value as { file: string }).file,
    });
    expect(restored.ok && restored.changes).toEqual(EVERYTHING);
    expect(EVERYTHING.map((c) => c.entity)).toEqual([...AUDITED_ENTITIES, 'setting']);
    expect(EVERYTHING.every((c) => c.id === '*' && c.op === 'restore')).toBe(true);
  });
});
