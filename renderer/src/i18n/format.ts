/** The shared Intl formatters (shared/format/intl.ts), as the renderer imports them. */
export {
  compareText,
  countryName,
  formatCoordinate,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatTimestamp,
  monthNames,
  type DateStyle,
} from '../../../shared/format/intl';
