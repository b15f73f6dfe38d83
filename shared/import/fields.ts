/** How a field's cells are read (see `rows.ts`). */
export type FieldType =
  | 'text'
  | 'date'
  | 'fullDate'
  | 'amount'
  | 'number'
  | 'country'
  | 'agreementKind'
  | 'agreementStatus'
  | 'actionKind'
  | 'actionStatus'
  | 'themes'
  | 'boolean'
  | 'side'
  | 'list';

interface FieldDef {
  type: FieldType;
  /** Header names that mean this field, French and English, as people write them. */
  strong: string[];
  /** Names that usually mean it but could mean another field ("Date", "Type"). */
  weak?: string[];
}

/**
 * Every field a column can fill, with the header names that suggest it. The field's label in
 * the interface (`import.fields.<key>`, both languages) is a header name too.
 */
export const FIELDS = {
  cityName: {
    type: 'text',
    strong: [
      'ville',
      'ville partenaire',
      'nom de la ville',
      'collectivite partenaire',
      'commune',
      'city',
      'partner city',
      'partner town',
      'town',
    ],
    weak: ['partenaire', 'partner', 'municipalite', 'collectivite'],
  },
  country: {
    type: 'country',
    strong: ['pays', 'country', 'code pays', 'country code'],
    weak: ['nation'],
  },
  region: { type: 'text', strong: ['region', 'province', 'state', 'land'] },
  latitude: { type: 'number', strong: ['latitude', 'lat'] },
  longitude: { type: 'number', strong: ['longitude', 'lon', 'lng', 'long'] },
  website: { type: 'text', strong: ['site', 'site web', 'site internet', 'website', 'web', 'url'] },
  languages: {
    type: 'list',
    strong: ['langues', 'langues parlees', 'languages', 'languages spoken'],
  },
  kind: {
    type: 'agreementKind',
    strong: [
      'type d accord',
      'nature de l accord',
      'agreement type',
      'type of agreement',
      'agreement kind',
      // The app's own register export.
      'kind of agreement',
    ],
    weak: ['type', 'nature', 'kind', 'forme'],
  },
  exclusive: { type: 'boolean', strong: ['exclusif', 'exclusive', 'jumelage exclusif'] },
  signedOn: {
    type: 'date',
    strong: [
      'date de signature',
      'signature',
      'signe le',
      // The app's own register export ("Signé").
      'signe',
      'annee de signature',
      'signed',
      'signed on',
      'signature date',
      'date signed',
      'year signed',
    ],
    weak: ['date', 'annee', 'year', 'depuis', 'since'],
  },
  status: {
    type: 'agreementStatus',
    strong: ['statut', 'etat', 'status', 'statut de l accord', 'agreement status'],
    weak: ['situation', 'state'],
  },
  endedOn: {
    type: 'date',
    strong: ['date de fin', 'fin', 'termine le', 'ended', 'ended on', 'end date'],
  },
  endReason: {
    type: 'text',
    strong: ['motif de fin', 'raison de fin', 'cause de fin', 'end reason', 'reason for ending'],
  },
  title: {
    type: 'text',
    strong: ['titre', 'intitule', 'libelle', 'title', 'objet'],
    weak: ['nom de l accord', 'nom de l action', 'action', 'name'],
  },
  themes: {
    type: 'themes',
    strong: [
      'themes',
      'theme',
      'thematiques',
      'thematique',
      'domaines',
      'domaines de cooperation',
      'secteurs',
      'topics',
      'areas',
    ],
  },
  notes: {
    type: 'text',
    strong: [
      'notes',
      'note',
      'remarques',
      'commentaires',
      'commentaire',
      'observations',
      'comments',
      'remarks',
    ],
  },
  agreementSignedOn: {
    type: 'date',
    strong: [
      'date de l accord',
      'accord signe le',
      'agreement signed',
      'agreement date',
      'signature de l accord',
    ],
  },
  actionKind: {
    type: 'actionKind',
    strong: ['type d action', 'action type', 'action kind'],
    weak: ['type', 'nature', 'kind'],
  },
  actionStatus: {
    type: 'actionStatus',
    strong: ['statut', 'etat', 'status', 'avancement'],
    weak: ['situation'],
  },
  startOn: {
    type: 'date',
    strong: ['date de debut', 'debut', 'du', 'start', 'start date', 'starts on', 'from'],
    weak: ['date'],
  },
  endOn: { type: 'date', strong: ['date de fin', 'fin', 'au', 'end', 'end date', 'ends on', 'to'] },
  place: { type: 'text', strong: ['lieu', 'place', 'location', 'venue'] },
  leadDepartment: {
    type: 'text',
    strong: ['service pilote', 'direction pilote', 'pilote', 'lead department', 'department'],
    weak: ['service', 'direction'],
  },
  partnerCounterpart: {
    type: 'text',
    strong: ['homologue', 'contrepartie', 'counterpart', 'partner counterpart'],
  },
  budgetPlanned: {
    type: 'amount',
    strong: [
      'budget',
      'budget prevu',
      'cout prevu',
      'montant prevu',
      'planned budget',
      'budget planned',
    ],
    weak: ['montant', 'amount', 'cout', 'cost'],
  },
  budgetSpent: {
    type: 'amount',
    strong: [
      'depense',
      'depenses',
      'montant depense',
      'budget depense',
      'spent',
      'budget spent',
      'actual cost',
    ],
  },
  fundingSource: {
    type: 'text',
    strong: ['financement', 'source de financement', 'financeur', 'funding', 'funding source'],
  },
  outcomes: { type: 'text', strong: ['resultats', 'bilan', 'outcomes', 'results'] },
  residentBenefits: {
    type: 'text',
    strong: [
      'benefices pour les habitants',
      'retombees',
      'retombees pour les habitants',
      'benefits for residents',
      'resident benefits',
    ],
  },
  followUpOn: {
    type: 'fullDate',
    strong: ['relance', 'date de relance', 'suivi', 'follow up', 'follow up on'],
  },
  name: {
    type: 'text',
    strong: ['nom', 'nom prenom', 'prenom nom', 'nom complet', 'full name', 'name', 'contact'],
    weak: ['personne', 'person'],
  },
  role: { type: 'text', strong: ['fonction', 'poste', 'role', 'job title', 'position'] },
  organisation: {
    type: 'text',
    strong: ['organisation', 'organisme', 'structure', 'organization', 'institution'],
    weak: ['service', 'direction'],
  },
  side: { type: 'side', strong: ['cote', 'side', 'interne ou partenaire'] },
  email: {
    type: 'text',
    strong: [
      'email',
      'e mail',
      'courriel',
      'mail',
      'adresse electronique',
      'adresse mail',
      'email address',
    ],
  },
  phone: {
    type: 'text',
    strong: ['telephone', 'tel', 'phone', 'phone number', 'portable', 'mobile'],
  },
  language: {
    type: 'text',
    strong: ['langue', 'langue de correspondance', 'language', 'preferred language'],
  },
  // The person a register's row names for its agreement: a contact of the partner city,
  // linked to the row's city and agreement. Not "Référent": French registers use it for the
  // department in charge here ("DGRI", "Cabinet du Maire"), which stays a note.
  contactName: {
    type: 'text',
    strong: [
      'contact',
      'nom du contact',
      'interlocuteur',
      'personne a contacter',
      'contact name',
      'contact person',
      'point of contact',
    ],
    weak: ['correspondant', 'correspondent'],
  },
  contactRole: {
    type: 'text',
    strong: ['fonction du contact', 'role du contact', 'poste du contact', 'contact role', 'contact position'],
    weak: ['fonction', 'role', 'poste'],
  },
  contactEmail: {
    type: 'text',
    strong: ['courriel du contact', 'email du contact', 'mail du contact', 'contact email', 'contact e mail'],
    weak: ['email', 'e mail', 'courriel', 'mail'],
  },
  contactPhone: {
    type: 'text',
    strong: ['telephone du contact', 'tel du contact', 'contact phone', 'contact telephone'],
    weak: ['telephone', 'tel', 'phone'],
  },
} satisfies Record<string, FieldDef>;

export type FieldKey = keyof typeof FIELDS;

/** The type of a field. */
export function fieldType(key: FieldKey): FieldType {
  return FIELDS[key].type;
}

/** The i18n key prefix of the labels of a field type that holds a code ("twinning" → "Jumelage"). */
export const ENUM_LABELS: Partial<Record<FieldType, string>> = {
  agreementKind: 'enums.agreementKind',
  agreementStatus: 'enums.agreementStatus',
  actionKind: 'enums.actionKind',
  actionStatus: 'enums.actionStatus',
};

/** The i18n key of a stored code's label when `field` holds codes, else null. */
export function enumLabelKey(field: string, value: string): string | null {
  if (!(field in FIELDS) || !/^[a-z_]+$/.test(value)) return null;
  const prefix = ENUM_LABELS[fieldType(field as FieldKey)];
  return prefix ? `${prefix}.${value}` : null;
}
