import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './files';

/**
 * Session markers: every process that opens a data folder read-write leaves
 * `<dataDir>/.sessions/<pid>-<random>.json` and removes it after a clean close. A marker whose
 * process is gone (or that was written before the machine last booted) means that session
 * ended without closing: a crash, a kill or a power cut — the next start runs a full
 * integrity_check. Live markers also tell a restore that someone still has the folder open.
 * One file per opening (not one `.session` file) so the desktop app and a command run at the
 * same time do not erase each other's marker.
 */
export const SESSIONS_DIR = '.sessions';

/** What kind of process holds the folder: said when a restore or import is refused. */
export type SessionKind = 'desktop' | 'preview' | 'cli' | 'other';

export interface SessionMarker {
  pid: number;
  /** Absent in markers written before it existed. */
  kind?: SessionKind;
  host: string;
  /** When the machine booted (ms since epoch, approximate): tells a marker from before a reboot. */
  bootedAt: number;
  startedAt: string;
  version: string;
}

export interface SessionEntry extends SessionMarker {
  file: string;
  /** True when its process is certainly gone: same machine and (rebooted since, or no such pid). */
  stale: boolean;
  /** False for a marker left by another machine (a folder on a share): its liveness is unknown. */
  sameHost: boolean;
}

/** How far two readings of the boot time may drift (clock adjustments) and still be the same boot. */
const BOOT_TOLERANCE_MS = 5 * 60_000;

function bootTime(): number {
  return Date.now() - uptime() * 1000;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leaves this process's marker; returns the function that removes it after a clean close. */
export function beginSession(
  dataDir: string,
  version: string,
  kind: SessionKind = 'other',
): () => void {
  const dir = join(dataDir, SESSIONS_DIR);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}-${randomBytes(4).toString('hex')}.json`);
  const marker: SessionMarker = {
    pid: process.pid,
    kind,
    host: hostname(),
    bootedAt: Math.round(bootTime()),
    startedAt: new Date().toISOString(),
    version,
  };
  const text = `${JSON.stringify(marker, null, 2)}\n`;
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    // Another process removed the (then empty) folder just now: make it again, once.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, text);
  }
  return () => {
    rmSync(file, { force: true });
    // The last session out leaves no empty folder behind (a refused import into a new folder
    // leaves that folder as it found it).
    try {
      rmdirSync(dir);
    } catch {
      // not empty: others still hold the folder
    }
  };
}

/** Every marker of the folder, each judged stale or live. An unreadable marker counts as stale. */
export function listSessions(dataDir: string): SessionEntry[] {
  const dir = join(dataDir, SESSIONS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const host = hostname();
  const booted = bootTime();
  return names.map((name) => {
    const file = join(dir, name);
    try {
      const marker = JSON.parse(readFileSync(file, 'utf8')) as SessionMarker;
      const sameHost = marker.host === host;
      const rebooted = Math.abs(marker.bootedAt - booted) > BOOT_TOLERANCE_MS;
      // A marker from another machine (a folder on a share) cannot be judged: treat it as live.
      const stale = sameHost && (rebooted || !processAlive(marker.pid));
      return { ...marker, file, stale, sameHost };
    } catch {
      return {
        pid: 0,
        host: '',
        bootedAt: 0,
        startedAt: '',
        version: '',
        file,
        stale: true,
        sameHost: true,
      };
    }
  });
}

/** Removes the markers of sessions that are over. */
export function clearStaleSessions(sessions: readonly SessionEntry[]): void {
  for (const session of sessions) {
    try {
      if (session.stale) rmSync(session.file, { force: true });
    } catch {
      // A marker that cannot be removed now only costs one more full check.
    }
  }
}
