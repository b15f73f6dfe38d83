import { z } from 'zod';
import type { ActionRow } from './actions';
import type { AgreementRow } from './agreements';
import type { City } from './cities';
import type { ThemeRef } from './actions';
import type { AgreementVersion } from './versions';
import type { HistoryEntry } from './history';
import { fullDateSchema } from './fields';
import type { Side } from './versions';

/** A status change of an agreement, from its history: when, who, from what, to what, why. */
export interface StatusChange {
  at: string;
  user: string;
  from: string | null;
  to: string;
  reason: string;
}

/** An agreement as the fact sheet shows it. */
export interface FactSheetAgreement extends AgreementRow {
  themes: ThemeRef[];
  versions: AgreementVersion[];
  statusChanges: StatusChange[];
}

/** A partner city's fact sheet: its agreements and their history, people, actions, follow-ups. */
export interface CityFactSheet {
  city: City;
  agreements: FactSheetAgreement[];
  /** Contacts of the city, and of its agreements and actions; `via` says how they are linked. */
  contacts: {
    id: string;
    name: string;
    role: string;
    organisation: string;
    side: Side;
    via: ('city' | 'agreement' | 'action')[];
  }[];
  /** Its actions by start date (undated last); the first 500 when there are more. */
  timeline: ActionRow[];
  timelineTotal: number;
  /** Follow-ups not yet done, soonest first (overdue ones included). */
  followUps: ActionRow[];
  documentCount: number;
}

export const dashboardSchema = z
  .strictObject({
    /** The local day (the renderer's); main's clock otherwise. */
    today: fullDateSchema.optional(),
    /** How far ahead follow-ups count as due. */
    days: z.number().int().min(0).max(365).default(14),
    limit: z.number().int().min(1).max(100).default(10),
  })
  .optional();
export type DashboardRequest = z.input<typeof dashboardSchema>;

/** The home screen: what needs attention, what is going on, what changed. */
export interface DashboardSummary {
  today: string;
  counts: {
    cities: number;
    agreements: number;
    agreementsByStatus: Record<string, number>;
    actions: number;
    actionsByStatus: Record<string, number>;
    contacts: number;
    documents: number;
    trash: number;
  };
  /** Open actions (planned or ongoing) whose follow-up is due within `days` or overdue. */
  followUpsDue: ActionRow[];
  followUpsDueTotal: number;
  inProgress: ActionRow[];
  inProgressTotal: number;
  recentChanges: HistoryEntry[];
}
