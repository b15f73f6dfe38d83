import { z } from 'zod';

/** The kinds of record the search box finds, in the order results are grouped. */
export const SEARCH_KINDS = ['city', 'agreement', 'action', 'contact'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Marks around the matched words in a snippet (private-use characters, never in user text). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export const searchQuerySchema = z.object({
  text: z.string().max(200),
  /** Results per kind. */
  limit: z.number().int().min(1).max(50).default(8),
  kinds: z.array(z.enum(SEARCH_KINDS)).min(1).max(SEARCH_KINDS.length).optional(),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

/** One record found. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** A second line: a city's region, an agreement's or action's partner city, a contact's role. */
  subtitle: string;
  /** ISO country code of the partner city, when there is one. */
  country: string | null;
  /** A date to show (an agreement's signature, an action's start). */
  date: string | null;
  /** Where to go for context: an agreement's city, an action's agreement, a contact's city. */
  parentId: string | null;
  /** The passage that matched, with MATCH_START/MATCH_END around the matched words. */
  snippet: string;
}

/** Results grouped by kind; `total` counts every match of the kind, `hits` the best few. */
export interface SearchResults {
  text: string;
  groups: { kind: SearchKind; total: number; hits: SearchHit[] }[];
}
