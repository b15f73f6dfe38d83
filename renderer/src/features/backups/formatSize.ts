const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
const formatters = new Map<string, Intl.NumberFormat>();

/** A file size in the reader's language ("1.4 MB" / "1,4 Mo"), in powers of 1024. */
export function formatSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const name = UNITS[unit] ?? 'byte';
  const key = `${language}:${name}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: name,
      unitDisplay: unit === 0 ? 'long' : 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

const stamps = new Map<string, Intl.DateTimeFormat>();

/**
 * When a backup was taken, to the second ("Nov 28, 2026, 11:08:15 PM"): backups a few
 * seconds apart must not read the same.
 */
export function formatBackupDate(iso: string, language: string): string {
  let formatter = stamps.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    stamps.set(language, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
