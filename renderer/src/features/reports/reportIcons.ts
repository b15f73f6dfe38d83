import {
  IconCake,
  IconCalendarStats,
  IconMoonStars,
  IconReportAnalytics,
  IconTags,
  IconTimeline,
  IconUsersGroup,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import type { ReportKind } from '../../../../shared/reports/requests';

/** One picture per report, on the hub's cards. */
export const REPORT_ICONS: Record<ReportKind, Icon> = {
  annual: IconReportAnalytics,
  partner: IconUsersGroup,
  theme: IconTags,
  timeline: IconTimeline,
  dormant: IconMoonStars,
  anniversaries: IconCake,
  map: IconWorld,
};

/** The icon of the navbar's Reports entry. */
export const ReportsNavIcon = IconCalendarStats;
