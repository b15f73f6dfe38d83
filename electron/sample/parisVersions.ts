import type { VersionKind } from '../../shared/schemas/versions';

/**
 * The versions of the Paris example's agreements the source tells of: Montreal's agreement,
 * signed in April 2006, was updated in May 2014 and replaced by a new pact in April 2023.
 */
export const PARIS_VERSIONS: readonly {
  city: string;
  kind: VersionKind;
  date: string;
  summary: string;
}[] = [
  {
    city: 'Montreal',
    kind: 'original',
    date: '2006-04',
    summary: 'Friendship and cooperation agreement signed in April 2006.',
  },
  {
    city: 'Montreal',
    kind: 'amendment',
    date: '2014-05',
    summary: 'Agreement updated in May 2014.',
  },
  {
    city: 'Montreal',
    kind: 'new_pact',
    date: '2023-04',
    summary: 'New pact signed in April 2023.',
  },
];
