/**
 * When the last sync was, as the header says it: the time alone today ("14:05"), the date and
 * time before ("03/12/2026 14:05" in French, "03/12/2026, 14:05" in British English).
 */
export function formatSyncTime(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeStyle: 'short' }
    : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(language, options).format(date);
}
