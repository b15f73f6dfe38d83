import { en } from './en';
import { fr } from './fr';

/** The translations both sides load into i18next, keyed by language. */
export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** A translation has exactly the English keys, each a string. */
export type Translation = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
