import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectBackupBlobs } from './attachments';
import { backupNames, PARTIAL_SUFFIX, type BackupName } from './backup';
import type { BackupReason } from './types';

/**
 * Which backups to keep. Every rule adds to the set kept; everything else is removed:
 * - the newest `keepLast`, whatever their age;
 * - the newest of each hour for `hourlyHours` hours, of each day for `dailyDays` days, of each
 *   month for `monthlyMonths` months (UTC buckets);
 * - backups taken before a migration, a restore or an import for `keepSafetyDays` days, and the
 *   user's own (`manual`) for `keepManualDays` days: those mark a moment someone may want back.
 * A backup dated in the future (a clock set back) is always kept.
 */
export interface RotationPolicy {
  keepLast: number;
  hourlyHours: number;
  dailyDays: number;
  monthlyMonths: number;
  keepSafetyDays: number;
  keepManualDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = {
  keepLast: 5,
  hourlyHours: 24,
  dailyDays: 14,
  monthlyMonths: 12,
  keepSafetyDays: 90,
  keepManualDays: 365,
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SAFETY_REASONS: readonly BackupReason[] = ['migration', 'restore', 'import'];

/** A policy completed with the defaults and clamped to sane values (at least one backup kept). */
export function normalizePolicy(policy: Partial<RotationPolicy> = {}): RotationPolicy {
  const merged = { ...DEFAULT_ROTATION, ...policy };
  const whole = (n: number, min: number) =>
    Number.isFinite(n) ? Math.max(min, Math.floor(n)) : min;
  return {
    keepLast: whole(merged.keepLast, 1),
    hourlyHours: whole(merged.hourlyHours, 0),
    dailyDays: whole(merged.dailyDays, 0),
    monthlyMonths: whole(merged.monthlyMonths, 0),
    keepSafetyDays: whole(merged.keepSafetyDays, 0),
    keepManualDays: whole(merged.keepManualDays, 0),
  };
}

/** The entry of a rotation plan: a name and when/why it was taken. */
export type RotationEntry = Pick<BackupName, 'name' | 'createdAt' | 'reason'> &
  Partial<Pick<BackupName, 'sequence'>>;

/** Decides which backups to keep (pure: no file access). `keep` and `remove` are names, newest first. */
export function planRotation(
  entries: readonly RotationEntry[],
  policy: Partial<RotationPolicy>,
  now: Date,
): { keep: string[]; remove: string[] } {
  const p = normalizePolicy(policy);
  const sorted = [...entries].sort((a, b) =>
    a.createdAt === b.createdAt
      ? (b.sequence ?? 1) - (a.sequence ?? 1)
      : a.createdAt < b.createdAt
        ? 1
        : -1,
  );
  const nowMs = now.getTime();
  const monthsAgo = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth() - p.monthlyMonths,
      now.getUTCDate(),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
    ),
  );
  const keep = new Set<string>();
  const buckets = { hour: new Set<string>(), day: new Set<string>(), month: new Set<string>() };
  sorted.forEach((entry, index) => {
    const t = Date.parse(entry.createdAt);
    const age = nowMs - t;
    const iso = entry.createdAt;
    const claim = (bucket: Set<string>, key: string) => {
      if (!bucket.has(key)) {
        bucket.add(key);
        keep.add(entry.name);
      }
    };
    if (index < p.keepLast || age < 0 || Number.isNaN(t)) keep.add(entry.name);
    if (age < p.hourlyHours * HOUR) claim(buckets.hour, iso.slice(0, 13));
    if (age < p.dailyDays * DAY) claim(buckets.day, iso.slice(0, 10));
    if (t > monthsAgo.getTime()) claim(buckets.month, iso.slice(0, 7));
    if (SAFETY_REASONS.includes(entry.reason) && age < p.keepSafetyDays * DAY) keep.add(entry.name);
    if (entry.reason === 'manual' && age < p.keepManualDays * DAY) keep.add(entry.name);
  });
  const names = sorted.map((e) => e.name);
  return { keep: names.filter((n) => keep.has(n)), remove: names.filter((n) => !keep.has(n)) };
}

/** How old a `.partial` must be before a rotation removes it (a slow backup may still be writing it). */
const STALE_PARTIAL_MS = 6 * HOUR;

/**
 * Applies the policy to a backup folder: removes the backups the plan drops and leftovers of
 * killed backups (`.partial` and `.partial-journal` files older than six hours). Never touches files that do not have
 * a backup name.
 */
export function rotateBackups(
  dir: string,
  policy: Partial<RotationPolicy> = {},
  now: Date = new Date(),
): { kept: string[]; removed: string[] } {
  const plan = planRotation(backupNames(dir), policy, now);
  const removed: string[] = [];
  for (const name of plan.remove) {
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // A file we cannot remove now is tried again at the next rotation.
    }
  }
  // Attached files no remaining backup needs (shared between backups, so only now).
  if (removed.length > 0) {
    try {
      collectBackupBlobs(
        dir,
        plan.keep.map((name) => join(dir, name)),
      );
    } catch {
      // retried at the next rotation
    }
  }
  try {
    for (const name of readdirSync(dir)) {
      // `<name>.partial` and the `<name>.partial-journal` SQLite writes next to it.
      if (!name.startsWith('accords-') || !name.includes(PARTIAL_SUFFIX)) continue;
      const file = join(dir, name);
      if (now.getTime() - statSync(file).mtimeMs > STALE_PARTIAL_MS) {
        rmSync(file, { force: true });
        removed.push(name);
      }
    }
  } catch {
    // The folder may be unreachable (a network share): the next rotation tries again.
  }
  return { kept: plan.keep, removed };
}
