import { describe, expect, it } from 'vitest';
import { syncOnce } from '../../../electron/app/teamSync';
import { DESKTOP_ID_KEY, forgetDesktopId } from '../../../electron/core/outbox';
import { markWrittenElsewhere } from '../../../electron/core/writtenElsewhere';
import { getState, setState, STATE } from '../../../electron/services/team/state';
import { tempDatabase } from '../helpers/tempData';

/** A desktop in a team whose server cannot be reached (nothing listens on port 1). */
function joinedDesktop() {
  const temp = tempDatabase();
  setState(temp.db, DESKTOP_ID_KEY, 'desk-a');
  setState(temp.db, STATE.server, 'postgres://accords@127.0.0.1:1/accords');
  setState(temp.db, STATE.memberName, 'Anne');
  forgetDesktopId(temp.db);
  return temp;
}

describe('the background sync', () => {
  it('waits while an import is being written (retried soon, nothing tried), and tries again after', async () => {
    const { db, ctx } = joinedDesktop();
    const release = markWrittenElsewhere(db);
    expect(await syncOnce(ctx)).toBe('offline');
    // Not even tried: a sync that tried would have recorded why it failed.
    expect(getState(db, STATE.lastError)).toBeNull();
    release();
    expect(await syncOnce(ctx)).toBe('offline');
    expect(getState(db, STATE.lastError)).toContain('errors.team.unreachable');
  });
});
