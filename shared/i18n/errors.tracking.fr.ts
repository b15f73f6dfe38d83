import type { trackingErrorsEn } from './errors.tracking.en';

/** Messages d'erreur des règles de suivi : mêmes clés que la version anglaise. */
export const trackingErrorsFr: Record<keyof typeof trackingErrorsEn, string> = {
  actionEndBeforeStart: 'La fin ne peut pas précéder le début ({{startOn}}).',
  actionEndWithoutStart: 'Indiquez une date de début avant la date de fin.',
  budgetNegative: 'Un montant ne peut pas être négatif.',
  currency: 'Choisissez une devise (code ISO, ex. EUR).',
  currencyRequired: 'Indiquez la devise du montant dépensé.',
  fullDate: 'Indiquez une date complète qui existe.',
  rangeReversed: 'La fin de la période précède son début ({{from}}).',
  duplicate: 'En double.',
  email: 'Adresse e-mail non valide.',
  phone: 'Numéro de téléphone non valide.',
  website: 'Adresse web non valide.',
  mime: 'Type de fichier inconnu.',
  base64: "Le fichier n'a pas pu être lu.",
  contactOwnSideCity: "Nos agents ne relèvent d'aucune ville partenaire.",
  attachmentTooLarge: 'Les fichiers de plus de {{max}} Mo ne peuvent pas être joints.',
  attachmentDamaged: 'La copie enregistrée de {{name}} est absente ou endommagée.',
  themeCode: 'Lettres minuscules, chiffres et _ uniquement.',
  themeExists: 'Un thème avec le code {{code}} existe déjà.',
  themeInUse: 'Ce thème est utilisé par {{count}} fiche(s).',
  versionBeforeSigned: 'Une version ne peut pas précéder la signature ({{signedOn}}).',
  versionOriginalExists: "Cet accord a déjà sa version d'origine.",
  restoreParentMissing: 'La fiche dont il dépendait a été supprimée définitivement.',
  generateNoCities: 'Générez au moins une ville.',
  generateNoAgreements: 'Générez au moins un accord avant les actions.',
};
