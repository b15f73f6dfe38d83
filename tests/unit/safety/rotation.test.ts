import { readdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from '../../../electron/safety/backup';
import {
  DEFAULT_ROTATION,
  normalizePolicy,
  planRotation,
  rotateBackups,
  type RotationEntry,
} from '../../../electron/safety/rotation';
import type { BackupReason } from '../../../electron/safety/types';
import { cleanup, tempDir } from './helpers';

afterAll(cleanup);

const NOW = new Date('2026-11-28T12:00:00Z');
const HOUR = 3_600_000;

function entry(msAgo: number, reason: BackupReason = 'periodic'): RotationEntry {
  return parseBackupName(backupFileName(new Date(NOW.getTime() - msAgo), reason))!;
}

describe('planRotation (pure)', () => {
  it('keeps the newest of each hour for a day, of each day for two weeks, of each month for a year', () => {
    // A backup every 15 minutes for 400 days.
    const entries: RotationEntry[] = [];
    for (let t = 0; t < 400 * 24 * HOUR; t += 15 * 60_000) entries.push(entry(t));
    const { keep, remove } = planRotation(entries, DEFAULT_ROTATION, NOW);
    expect(keep.length + remove.length).toBe(entries.length);
    const kept = keep.map((name) => Date.parse(parseBackupName(name)!.createdAt));
    const age = (t: number) => NOW.getTime() - t;
    // Every hour of the last day keeps one (plus the newest five, all in the current hour)…
    const hourOf = (t: number) => new Date(t).toISOString().slice(0, 13);
    const lastDay = kept.filter((t) => age(t) < 24 * HOUR);
    const allHours = new Set(
      entries
        .map((e) => Date.parse(e.createdAt))
        .filter((t) => age(t) < 24 * HOUR)
        .map(hourOf),
    );
    expect(new Set(lastDay.map(hourOf))).toEqual(allHours);
    expect(lastDay.length).toBeLessThanOrEqual(allHours.size + DEFAULT_ROTATION.keepLast);
    // …then one a day up to 14 days, then one a month.
    const daily = kept.filter((t) => age(t) >= 24 * HOUR && age(t) < 14 * 24 * HOUR);
    expect(daily.length).toBeGreaterThanOrEqual(12);
    expect(daily.length).toBeLessThanOrEqual(14);
    const older = kept.filter((t) => age(t) >= 14 * 24 * HOUR);
    expect(older.length).toBeGreaterThanOrEqual(11);
    expect(older.length).toBeLessThanOrEqual(12);
    // Nothing older than a year survives, and each month keeps its last backup.
    expect(Math.max(...kept.map(age))).toBeLessThan(366 * 24 * HOUR);
    const months = new Set(older.map((t) => new Date(t).toISOString().slice(0, 7)));
    expect(months.size).toBe(older.length);
    const newestOfMonth = new Map<string, number>();
    for (const e of entries) {
      const month = e.createdAt.slice(0, 7);
      newestOfMonth.set(month, Math.max(newestOfMonth.get(month) ?? 0, Date.parse(e.createdAt)));
    }
    for (const t of older) expect(t).toBe(newestOfMonth.get(new Date(t).toISOString().slice(0, 7)));
    expect(keep.length).toBeLessThan(60);
  });

  it('always keeps the newest N, whatever their age', () => {
    const entries = [entry(500 * 24 * HOUR), entry(600 * 24 * HOUR), entry(700 * 24 * HOUR)];
    expect(planRotation(entries, { keepLast: 2 }, NOW).keep).toEqual([
      entries[0]!.name,
      entries[1]!.name,
    ]);
    // keepLast never goes below one: the newest backup is never removed.
    expect(planRotation(entries, { keepLast: 0 }, NOW).keep).toEqual([entries[0]!.name]);
    expect(normalizePolicy({ keepLast: -3, dailyDays: Number.NaN }).keepLast).toBe(1);
  });

  it('keeps backups taken before a migration, restore or import for keepSafetyDays, manual ones for keepManualDays', () => {
    const entries = [
      ...Array.from({ length: 10 }, (_, i) => entry(i * 60_000, 'periodic')),
      entry(40 * 24 * HOUR + HOUR, 'migration'),
      entry(40 * 24 * HOUR + 2 * HOUR, 'restore'),
      entry(40 * 24 * HOUR + 3 * HOUR, 'import'),
      entry(40 * 24 * HOUR + 4 * HOUR, 'start'),
      entry(100 * 24 * HOUR, 'migration'),
      entry(200 * 24 * HOUR + HOUR, 'manual'),
    ];
    const policy = {
      keepLast: 1,
      hourlyHours: 0,
      dailyDays: 0,
      monthlyMonths: 0,
      keepSafetyDays: 90,
      keepManualDays: 365,
    };
    const { keep } = planRotation(entries, policy, NOW);
    const reasons = keep.map((n) => parseBackupName(n)!.reason);
    expect(reasons).toEqual(['periodic', 'migration', 'restore', 'import', 'manual']);
  });

  it('keeps a backup dated in the future (a clock set back) and orders same-second backups by sequence', () => {
    const future = parseBackupName(
      backupFileName(new Date(NOW.getTime() + 48 * HOUR), 'periodic'),
    )!;
    const a = parseBackupName(backupFileName(NOW, 'periodic'))!;
    const b = parseBackupName(backupFileName(NOW, 'periodic', 2))!;
    const { keep, remove } = planRotation([a, b, future], { keepLast: 1, hourlyHours: 24 }, NOW);
    expect(keep).toEqual([future.name, b.name]);
    expect(remove).toEqual([a.name]);
  });
});

describe('rotateBackups', () => {
  it('removes what the plan drops and never touches other files', () => {
    const dir = tempDir('rotate');
    const names = [0, 10, 20, 30, 40].map((days) =>
      backupFileName(new Date(NOW.getTime() - days * 24 * HOUR - HOUR), 'start'),
    );
    for (const name of names) writeFileSync(`${dir}/${name}`, 'x');
    writeFileSync(`${dir}/notes.txt`, 'mine');
    const result = rotateBackups(
      dir,
      { keepLast: 1, hourlyHours: 0, dailyDays: 14, monthlyMonths: 0 },
      NOW,
    );
    expect(result.removed.sort()).toEqual([names[2], names[3], names[4]].sort());
    expect(readdirSync(dir).sort()).toEqual([names[0], names[1], 'notes.txt'].sort());
  });
});
