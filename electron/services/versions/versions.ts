import type Database from 'better-sqlite3';
import { compareAtCommonPrecision, precisionOf } from '../../../shared/domain/partialDate';
import type { FieldIssue } from '../../../shared/ipc/result';
import {
  versionInputSchema,
  type AgreementVersion,
  type Signatory,
  type VersionInput,
  type VersionUpdate,
} from '../../../shared/schemas/versions';
import { diffFields, recordAudit, recordUpdate, type AuditView } from '../history/audit';
import { stripUndefined } from '../common/records';
import { newId, now } from '../common/clock';
import { DomainError, assertNoIssues, notFound } from '../../core/errors';
import { indexAgreement } from '../search/searchIndex';

/**
 * An agreement's versions: the original signature, renewals, amendments and new pacts
 * (Montreal: signed April 2006, updated May 2014, new pact April 2023).
 */

const SELECT_VERSION = `
  SELECT id, agreement_id AS agreementId, kind, date, summary, signatories, created_at AS createdAt, updated_at AS updatedAt
  FROM agreement_versions`;

type StoredVersion = Omit<AgreementVersion, 'signatories'> & { signatories: string };

function toVersion(row: StoredVersion): AgreementVersion {
  return { ...row, signatories: JSON.parse(row.signatories) as Signatory[] };
}

/** An agreement's versions, oldest first. */
export function listVersions(db: Database.Database, agreementId: string): AgreementVersion[] {
  return (
    db
      .prepare(`${SELECT_VERSION} WHERE agreement_id = ? ORDER BY date, created_at, rowid`)
      .all(agreementId) as StoredVersion[]
  ).map(toVersion);
}

/** The versions of an agreement that must exist. */
export function listVersionsOfAgreement(
  db: Database.Database,
  agreementId: string,
): AgreementVersion[] {
  if (!db.prepare('SELECT 1 FROM agreements WHERE id = ?').get(agreementId))
    throw notFound('Agreement', agreementId);
  return listVersions(db, agreementId);
}

export function getVersion(db: Database.Database, id: string): AgreementVersion {
  const row = db.prepare(`${SELECT_VERSION} WHERE id = ?`).get(id) as StoredVersion | undefined;
  if (!row) throw notFound('Agreement version', id);
  return toVersion(row);
}

type ParsedVersion = ReturnType<typeof versionInputSchema.parse>;

/** A version is not older than the agreement's signature, and an agreement has one original. */
function checkRules(db: Database.Database, v: ParsedVersion, selfId: string | null): void {
  const agreement = db
    .prepare('SELECT signed_on AS signedOn FROM agreements WHERE id = ?')
    .get(v.agreementId) as { signedOn: string } | undefined;
  if (!agreement) {
    throw new DomainError('rule', 'errors.notFound', `Agreement ${v.agreementId} not found`, [
      { path: 'agreementId', key: 'errors.notFound' },
    ]);
  }
  const issues: FieldIssue[] = [];
  if (compareAtCommonPrecision(v.date, agreement.signedOn) < 0) {
    issues.push({
      path: 'date',
      key: 'errors.versionBeforeSigned',
      params: { signedOn: agreement.signedOn },
    });
  }
  if (v.kind === 'original') {
    const other = db
      .prepare(
        "SELECT 1 FROM agreement_versions WHERE agreement_id = ? AND kind = 'original' AND id IS NOT ?",
      )
      .get(v.agreementId, selfId);
    if (other) issues.push({ path: 'kind', key: 'errors.versionOriginalExists' });
  }
  assertNoIssues(issues, 'The version breaks a rule');
}

const view = (v: AgreementVersion): AuditView => ({
  kind: v.kind,
  date: v.date,
  summary: v.summary,
  signatories: v.signatories,
});
const label = (v: { kind: string; date: string }) => `${v.kind} ${v.date}`;

/** Adds a version to an agreement. */
export function createVersion(db: Database.Database, input: VersionInput): AgreementVersion {
  const v = versionInputSchema.parse(input);
  return db
    .transaction(() => {
      checkRules(db, v, null);
      const id = newId();
      const stamp = now();
      db.prepare(
        `INSERT INTO agreement_versions (id, agreement_id, kind, date, date_precision, summary, signatories, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        v.agreementId,
        v.kind,
        v.date,
        precisionOf(v.date),
        v.summary,
        JSON.stringify(v.signatories),
        stamp,
        stamp,
      );
      const version = getVersion(db, id);
      recordAudit(db, {
        entityType: 'agreement_version',
        entityId: id,
        parentId: v.agreementId,
        action: 'create',
        label: label(v),
        changes: diffFields(null, view(version)),
        at: stamp,
      });
      indexAgreement(db, v.agreementId);
      return version;
    })
    .immediate();
}

/** Changes the given fields of a version. */
export function updateVersion(
  db: Database.Database,
  id: string,
  changes: VersionUpdate['changes'],
): AgreementVersion {
  return db
    .transaction(() => {
      const current = getVersion(db, id);
      const next = versionInputSchema.parse({ ...current, ...stripUndefined(changes) });
      checkRules(db, next, id);
      const stamp = now();
      db.prepare(
        'UPDATE agreement_versions SET kind = ?, date = ?, date_precision = ?, summary = ?, signatories = ?, updated_at = ? WHERE id = ?',
      ).run(
        next.kind,
        next.date,
        precisionOf(next.date),
        next.summary,
        JSON.stringify(next.signatories),
        stamp,
        id,
      );
      const version = getVersion(db, id);
      recordUpdate(
        db,
        {
          entityType: 'agreement_version',
          entityId: id,
          parentId: current.agreementId,
          label: label(version),
          at: stamp,
        },
        view(current),
        view(version),
      );
      indexAgreement(db, current.agreementId);
      return version;
    })
    .immediate();
}

/** Deletes a version; its history line keeps what it said. */
export function deleteVersion(db: Database.Database, id: string): { id: string } {
  return db
    .transaction(() => {
      const current = getVersion(db, id);
      db.prepare('DELETE FROM agreement_versions WHERE id = ?').run(id);
      recordAudit(db, {
        entityType: 'agreement_version',
        entityId: id,
        parentId: current.agreementId,
        action: 'delete',
        label: label(current),
        changes: diffFields(view(current), null),
      });
      indexAgreement(db, current.agreementId);
      return { id };
    })
    .immediate();
}
