import type { en } from './en';

/** A translation has exactly the English keys, each a string. */
export type Translation = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
