import { en } from './en';
import { fr } from './fr';

/** The translations both sides load into i18next, keyed by language. */
export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export type { Translation } from './translation';
