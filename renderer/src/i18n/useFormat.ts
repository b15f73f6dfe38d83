import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n';
import {
  countryName,
  formatCoordinate,
  formatNumber,
  formatPartialDate,
  formatTimestamp,
  type DateStyle,
} from './format';

/** Formatters bound to the language the interface speaks now; they change when it does. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return useMemo(
    () => ({
      language,
      partialDate: (date: string, style?: DateStyle) => formatPartialDate(date, language, style),
      timestamp: (iso: string) => formatTimestamp(iso, language),
      country: (code: string) => countryName(code, language),
      number: (value: number) => formatNumber(value, language),
      coordinate: (value: number) => formatCoordinate(value, language),
    }),
    [language],
  );
}
