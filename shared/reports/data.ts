import type { Anniversary } from '../domain/anniversaries';
import type { ActionKind, ActionStatus, AgreementKind, AgreementStatus } from '../domain/enums';
import type { ActionListFilter, ActionRow, ThemeRef } from '../schemas/actions';
import type { AgreementListFilter, AgreementRow } from '../schemas/agreements';
import type { City } from '../schemas/cities';
import type { CityFactSheet, FactSheetAgreement } from '../schemas/overview';

/**
 * The typed figures each report is built from, before any wording: what the JSON export
 * writes and what the tests check. Amounts stay in minor units with their currency, never
 * added across currencies; dates stay partial dates (`1956`, `2006-04`).
 */

/** The days a report covers, both inclusive (`YYYY-MM-DD`); `year` when it is a calendar year. */
export interface PeriodData {
  first: string;
  last: string;
  year: number | null;
}

/** An agreement as the reports list it. */
export interface AgreementBrief {
  id: string;
  cityId: string;
  cityName: string;
  country: string;
  kind: AgreementKind;
  exclusive: boolean;
  signedOn: string;
  status: AgreementStatus;
}

export interface ThemeCount extends ThemeRef {
  count: number;
}

/** A partner city's actions in a report's scope, by status. */
export interface PartnerCount {
  cityId: string;
  cityName: string;
  country: string;
  total: number;
  byStatus: Record<ActionStatus, number>;
}

/** Budgets of one currency: planned and spent amounts, each summed over the actions that have one. */
export interface BudgetRow {
  currency: string;
  plannedMinor: number;
  spentMinor: number;
  /** Actions with a planned or a spent amount in this currency. */
  actions: number;
}

/** How a set of actions breaks down. */
export interface ActionBreakdown {
  total: number;
  byStatus: Record<ActionStatus, number>;
  byKind: Record<ActionKind, number>;
  /** Most actions first; an action with two themes counts under each. */
  byTheme: ThemeCount[];
  /** Most actions first. */
  byPartner: PartnerCount[];
  /** By currency code. */
  budgets: BudgetRow[];
}

/** The written results of one action. */
export interface ActionNote {
  actionId: string;
  title: string;
  cityName: string;
  country: string;
  status: ActionStatus;
  startOn: string | null;
  endOn: string | null;
  outcomes: string;
  residentBenefits: string;
  notes: string;
}

export interface AnnualData {
  period: PeriodData;
  agreementsSigned: AgreementBrief[];
  /** Partner cities with at least one action in the period. */
  activePartners: number;
  breakdown: ActionBreakdown;
  /** The period's actions, by start day: the first ones on screen (`breakdown.total` in all), every one in an export. */
  actions: ActionRow[];
  /** Planned or ongoing actions without dates: in no period, so listed apart (first ones, as `actions`). */
  undatedOpen: ActionRow[];
  undatedOpenCount: number;
  /** The written notes of the period's actions (first ones, as `actions`). */
  notes: ActionNote[];
  noteCount: number;
}

/** An agreement's next round anniversary. */
export interface AgreementAnniversary {
  agreement: AgreementBrief;
  anniversary: Anniversary;
}

export interface PartnerData {
  city: City;
  agreements: FactSheetAgreement[];
  contacts: CityFactSheet['contacts'];
  breakdown: ActionBreakdown;
  /** Its actions by start day: the first ones on screen (`breakdown.total` in all), every one in an export. */
  actions: ActionRow[];
  notes: ActionNote[];
  noteCount: number;
  /** Planned or ongoing actions with a follow-up day, soonest first. */
  followUps: ActionRow[];
  nextAnniversaries: AgreementAnniversary[];
}

export interface ThemeData {
  theme: ThemeRef;
  /** Null: all time. */
  period: PeriodData | null;
  breakdown: ActionBreakdown;
  /** Its actions by start day: the first ones on screen (`breakdown.total` in all), every one in an export. */
  actions: ActionRow[];
  /** Agreements that list the theme. */
  agreements: AgreementBrief[];
  notes: ActionNote[];
  noteCount: number;
}

export interface TimelineData {
  fromYear: number | null;
  toYear: number | null;
  /** Oldest first. */
  agreements: AgreementBrief[];
  /** The chart's bars: per year, or per decade when the span is longer than 30 years. */
  bucket: 'year' | 'decade';
  counts: { start: number; count: number }[];
}

export interface DormantRow {
  agreement: AgreementBrief;
  /** The start of its dated action that ended last (a partial date), or null: never. */
  lastAction: string | null;
  actionCount: number;
  /** Whole years since the end of its latest dated action, or since its signature when none. */
  yearsWithout: number;
}

export interface DormantData {
  years: number;
  /** Activity counts from this day on (today minus `years` years). */
  since: string;
  /** Active agreements, dormant or not. */
  activeAgreements: number;
  /** The dormant ones, longest without action first. */
  rows: DormantRow[];
}

export interface AnniversariesData {
  year: number;
  rows: AgreementAnniversary[];
}

export interface MapCity {
  cityId: string;
  name: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  /** Actions in the period (all time without one). */
  value: number;
  level: number;
}

/** One level of the map's scale: values from `min` to `max` (level 0: none). */
export interface MapLevel {
  level: number;
  min: number;
  max: number;
}

export interface MapData {
  period: PeriodData | null;
  /** Partner cities (with at least one agreement), by name. */
  cities: MapCity[];
  levels: MapLevel[];
}

export interface AgreementsListData {
  filter: Omit<AgreementListFilter, 'limit' | 'offset'>;
  rows: AgreementRow[];
  upcomingAnniversaries: AgreementAnniversary[];
}

export interface ActionsListData {
  filter: Omit<ActionListFilter, 'limit' | 'offset'>;
  rows: ActionRow[];
}

/** The data of each document kind. */
export interface ReportDataOf {
  annual: AnnualData;
  partner: PartnerData;
  theme: ThemeData;
  timeline: TimelineData;
  dormant: DormantData;
  anniversaries: AnniversariesData;
  map: MapData;
  agreements: AgreementsListData;
  actions: ActionsListData;
}
