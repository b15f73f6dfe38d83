/**
 * How a file writes its values, chosen with the mapping (a French register by default).
 * `locale` decides an ambiguous separator ("1,234": French decimal comma, English thousands);
 * `dateOrder` whether 03/04/2006 is 3 April (dmy, French and British) or March 4 (mdy, American).
 */
export interface ValueOptions {
  locale: 'fr' | 'en';
  dateOrder: 'dmy' | 'mdy';
  /** The currency of amounts that name none. */
  currency: string;
  /** The workbook's date system, for bare serial numbers in date columns. */
  date1904: boolean;
}

export const FRENCH_VALUES: ValueOptions = {
  locale: 'fr',
  dateOrder: 'dmy',
  currency: 'EUR',
  date1904: false,
};

/** Spaces people and Intl put in numbers: no-break, narrow no-break, thin, figure. */
export const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
