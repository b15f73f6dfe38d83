import type { ActionKind, ActionStatus } from '../domain/enums';
import type { RecordStamp } from './common';

/** A project action as shown under its agreement. */
export interface ActionSummary extends RecordStamp {
  agreementId: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  startOn: string | null;
  endOn: string | null;
  notes: string;
  themes: ThemeRef[];
}

/** A theme as attached to a record. */
export interface ThemeRef {
  id: string;
  code: string;
  labelEn: string;
  labelFr: string;
}
