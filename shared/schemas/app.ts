import { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/enums';
import { optionalText, requiredText } from './common';

/** What the app needs to know at start: is this a first run, whose city is it. */
export interface AppState {
  version: string;
  dataDir: string;
  /** True while the database holds no city and no agreement: the first-run screen shows. */
  empty: boolean;
  /** The user's own city (e.g. Paris), named at first run. */
  ownCity: string | null;
  language: Language | null;
  /** The name history records changes under (settings key 'user.name'). */
  userName: string | null;
  counts: { cities: number; agreements: number; actions: number; themes: number };
}

export const startEmptySchema = z.object({ ownCity: requiredText(120) });

export const settingsUpdateSchema = z.object({
  ownCity: optionalText(120).optional(),
  language: z.enum(LANGUAGES).optional(),
  userName: optionalText(120).optional(),
});
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;

/** What loading the Paris example put into the database. */
export interface SampleLoaded {
  cities: number;
  agreements: number;
  actions: number;
}
