import {
  ACTION_KINDS,
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type ActionKind,
  type ActionStatus,
  type AgreementKind,
  type AgreementStatus,
} from '../../domain/enums';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { fold } from '../fold';
import { cellText, fail, ok, type CellResult, type GridCell } from '../types';

/**
 * Words registers use that are not the app's own labels, by value. The app's labels in both
 * languages are added from the translations, so a label renamed there is still understood.
 */
const AGREEMENT_KIND_WORDS: Record<AgreementKind, string[]> = {
  twinning: [
    'jumelage',
    'jumelee',
    'ville jumelle',
    'twin city',
    'twin town',
    'sister city',
    'twinned',
  ],
  friendship_cooperation: [
    "pacte d'amitie",
    "pacte d'amitie et de cooperation",
    "accord d'amitie",
    "accord d'amitie et de cooperation",
    'accord de cooperation',
    'cooperation',
    'amitie',
    'friendship',
    'friendship pact',
    'cooperation agreement',
    'friendship and cooperation agreement',
    'pact of friendship and cooperation',
  ],
  memorandum: [
    "protocole d'entente",
    "memorandum d'accord",
    'memorandum',
    "lettre d'intention",
    "declaration d'intention",
    'mou',
    'letter of intent',
  ],
  other: ['autre', 'divers'],
};

const AGREEMENT_STATUS_WORDS: Record<AgreementStatus, string[]> = {
  active: ['actif', 'active', 'en vigueur', 'en cours', 'vivant', 'current'],
  dormant: ['en sommeil', 'inactif', 'inactive', 'suspendu', 'suspended', 'sommeil', 'dormante'],
  ended: [
    'termine',
    'terminee',
    'fini',
    'clos',
    'rompu',
    'denonce',
    'expire',
    'ended',
    'closed',
    'expired',
    'terminated',
  ],
};

const ACTION_KIND_WORDS: Record<ActionKind, string[]> = {
  delegation_visit: ['delegation', 'visite officielle', 'official visit'],
  study_visit: ["visite d'etude", "voyage d'etude", 'study tour'],
  expert_mission: ["mission d'expertise", 'mission', 'expertise'],
  workshop: ['atelier', 'conference', 'seminaire', 'colloque', 'seminar'],
  staff_exchange: ['echange', "echange d'agents", 'exchange'],
  joint_project: ['projet', 'projet commun', 'project'],
  other: ['autre', 'divers'],
};

const ACTION_STATUS_WORDS: Record<ActionStatus, string[]> = {
  planned: ['prevu', 'prevue', 'a venir', 'planifie', 'planifiee', 'upcoming', 'scheduled'],
  ongoing: ['en cours', 'in progress', 'current'],
  done: ['realise', 'realisee', 'fait', 'termine', 'terminee', 'completed', 'finished'],
  cancelled: ['annule', 'annulee', 'canceled'],
};

/** A lookup from folded label or word to value, built once per list. */
function lookup<V extends string>(
  values: readonly V[],
  labels: (language: typeof en) => Record<V, string>,
  words: Record<V, string[]>,
): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const value of values) {
    for (const text of [value, labels(en)[value], labels(fr as typeof en)[value], ...words[value]])
      map.set(fold(text), value);
  }
  return map;
}

const tables = {
  agreementKind: lookup(AGREEMENT_KINDS, (t) => t.enums.agreementKind, AGREEMENT_KIND_WORDS),
  agreementStatus: lookup(
    AGREEMENT_STATUSES,
    (t) => t.enums.agreementStatus,
    AGREEMENT_STATUS_WORDS,
  ),
  actionKind: lookup(ACTION_KINDS, (t) => t.enums.actionKind, ACTION_KIND_WORDS),
  actionStatus: lookup(ACTION_STATUSES, (t) => t.enums.actionStatus, ACTION_STATUS_WORDS),
};

/** The lists of choices a column can hold. */
export type ChoiceList = keyof typeof tables;
type ChoiceOf<L extends ChoiceList> =
  (typeof tables)[L] extends ReadonlyMap<string, infer V> ? V : never;

/**
 * A cell as one value of a fixed list, from the app's labels in either language or a known
 * synonym, ignoring case, accents and punctuation ("EN SOMMEIL", "Terminée", "Dormant").
 * An unknown value is a problem that names it. Empty cells are `null`.
 */
export function parseChoiceCell<L extends ChoiceList>(
  list: L,
  cell: GridCell,
): CellResult<ChoiceOf<L> | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const value = tables[list].get(fold(text)) as ChoiceOf<L> | undefined;
  return value ? ok(value) : fail('choiceUnknown', { value: text });
}

const EXCLUSIVE = /\b(exclusif|exclusive)\b/;

/**
 * An agreement's kind, and whether the cell says it is exclusive: "Jumelage exclusif" is a
 * twinning marked exclusive; "Jumelage" one that the cell does not mark.
 */
export function parseAgreementKindCell(
  cell: GridCell,
): CellResult<{ kind: AgreementKind; exclusive: boolean } | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const folded = fold(text);
  const exclusive = EXCLUSIVE.test(folded);
  const base = exclusive ? folded.replace(EXCLUSIVE, ' ').replace(/\s+/g, ' ').trim() : folded;
  const kind = tables.agreementKind.get(base);
  return kind ? ok({ kind, exclusive }) : fail('choiceUnknown', { value: text });
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', 'x', '1', 'exclusif', 'exclusive']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0', '']);

/** A yes/no cell: Oui/Non, Yes/No, Vrai/Faux, X, 1/0, or an XLSX boolean. Empty is `null`. */
export function parseBooleanCell(cell: GridCell): CellResult<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (text === '') return ok(null);
  const folded = fold(text);
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return fail('booleanInvalid', { value: text });
}

/** Whose side a contact is on: a partner's person, or one of our own staff. */
export function parseSideCell(cell: GridCell): CellResult<'own' | 'partner' | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const folded = fold(text);
  if (/^(partenaire|partner|partner city|ville partenaire|externe|external)$/.test(folded))
    return ok('partner');
  if (
    /^(interne|internal|own|nous|ours|our staff|ville|city hall|mairie|collectivite)$/.test(folded)
  )
    return ok('own');
  return fail('choiceUnknown', { value: text });
}
