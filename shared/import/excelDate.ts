import { makePartialDate } from '../domain/partialDate';

/** Days from 30 December 1899 (Excel's day 0 in the 1900 system, after the leap-year bug) to 1970. */
const EPOCH_1900 = 25_569;
/** The 1904 system counts from 1 January 1904: 1,462 days later than the 1900 system. */
const OFFSET_1904 = 1_462;

/**
 * The calendar day an Excel serial stands for, as `YYYY-MM-DD`, or null when it is none.
 *
 * The 1900 system copies Lotus 1-2-3's bug: it counts a 29 February 1900 that never was
 * (serial 60). Serials 1–59 are therefore one day later than a plain count from 30 December
 * 1899 would say, 60 has no real day, and from 61 on the plain count is right. The 1904
 * system (the workbook's `date1904` flag, old Mac files) has no such bug: 0 is 1 January 1904.
 * A fraction (the time of day) is dropped.
 */
export function excelSerialToDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  let days = Math.floor(serial);
  if (date1904) days += OFFSET_1904;
  else if (days === 60 || days === 0) return null;
  else if (days < 60) days += 1;
  const date = new Date((days - EPOCH_1900) * 86_400_000);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  return makePartialDate(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** The serial of a calendar day (the inverse of `excelSerialToDate`, for tests and writers). */
export function dateToExcelSerial(isoDay: string, date1904: boolean): number {
  const days = Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000 + EPOCH_1900;
  if (date1904) return days - OFFSET_1904;
  return days < 61 ? days - 1 : days;
}
