import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  versionInputSchema,
  type AgreementVersion,
  type Side,
  type VersionKind,
} from '../../../../shared/schemas/versions';
import { dateFromParts, datePartsOf, EMPTY_DATE, type DateParts } from '../../lib/dateParts';

export interface SignatoryValues {
  /** Keeps React's keys stable while rows are added and removed. */
  key: string;
  name: string;
  role: string;
  side: Side;
}

export interface VersionFormValues {
  kind: VersionKind;
  date: DateParts;
  summary: string;
  signatories: SignatoryValues[];
}

export const VERSION_FIELDS = ['kind', 'date', 'summary', 'signatories'] as const;

let nextKey = 0;
export function newSignatory(side: Side = 'partner'): SignatoryValues {
  nextKey += 1;
  return { key: `s${nextKey}`, name: '', role: '', side };
}

export function emptyVersionValues(hasOriginal: boolean): VersionFormValues {
  return {
    kind: hasOriginal ? 'amendment' : 'original',
    date: EMPTY_DATE,
    summary: '',
    signatories: [],
  };
}

export function versionValuesOf(version: AgreementVersion): VersionFormValues {
  return {
    kind: version.kind,
    date: datePartsOf(version.date),
    summary: version.summary,
    signatories: version.signatories.map((s) => ({
      ...newSignatory(s.side),
      name: s.name,
      role: s.role,
    })),
  };
}

/** Checks a version with the shared schema; a signatory's issue lands on the signatories. */
export function validateVersion(
  agreementId: string,
  values: VersionFormValues,
):
  | { ok: true; input: ReturnType<typeof versionInputSchema.parse> }
  | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const date = dateFromParts(values.date, 'date');
  if (date.issue) issues.push(date.issue);
  else if (date.date === null) issues.push({ path: 'date', key: 'errors.required' });
  const parsed = versionInputSchema.safeParse({
    agreementId,
    kind: values.kind,
    date: date.date ?? '',
    summary: values.summary,
    signatories: values.signatories.map(({ name, role, side }) => ({ name, role, side })),
  });
  if (!parsed.success) {
    const known = new Set(issues.map((issue) => issue.path));
    issues.push(...fieldIssuesFromZod(parsed.error).filter((issue) => !known.has(issue.path)));
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
