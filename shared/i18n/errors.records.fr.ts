import type { trackingErrorsEn } from './errors.records.en';

/** Messages d'erreur des règles de suivi : mêmes clés que la version anglaise. */
// French plurals need a `_many` form English does not have.
export const trackingErrorsFr: Record<keyof typeof trackingErrorsEn | 'themeInUse_many', string> = {
  actionEndBeforeStart: 'La fin ne peut pas précéder le début ({{startOn}}).',
  actionEndWithoutStart: 'Indiquez la date de début quand il y a une date de fin.',
  budgetNegative: 'Un budget ne peut pas être négatif.',
  currency: 'Saisissez un code de devise, comme EUR ou USD.',
  currencyRequired: 'Indiquez la devise, puisqu’aucun budget n’est prévu.',
  fullDate: 'Indiquez une date complète qui existe.',
  rangeReversed: 'La fin de la période ne peut pas précéder son début ({{from}}).',
  duplicate: 'En double.',
  email: 'Saisissez une adresse électronique, par exemple nom@exemple.fr.',
  phone: 'Saisissez un numéro de téléphone, par exemple +33 1 42 76 40 40.',
  website: 'Saisissez une adresse web, par exemple www.montreal.ca.',
  mime: 'Type de fichier inconnu.',
  base64: "Le fichier n'a pas pu être lu.",
  contactOwnSideCity: 'Nos propres services ne relèvent d’aucune ville partenaire.',
  attachmentNotAFile: 'Seul un fichier peut être joint, pas un dossier, un périphérique ni un tube.',
  attachmentTooLarge: 'Ce fichier est trop volumineux : {{max}} Mo au plus.',
  attachmentDamaged: 'La copie enregistrée de {{name}} est absente ou endommagée.',
  themeCode: 'Un code est fait de minuscules, de chiffres et de _, et commence par une lettre.',
  themeExists: 'Un thème avec le code {{code}} existe déjà.',
  themeInUse_one: 'Ce thème ne peut pas être supprimé : une fiche l’utilise.',
  themeInUse_many: 'Ce thème ne peut pas être supprimé : {{count}} fiches l’utilisent.',
  themeInUse_other: 'Ce thème ne peut pas être supprimé : {{count}} fiches l’utilisent.',
  versionBeforeSigned: 'Une version ne peut pas être antérieure à la signature ({{signedOn}}).',
  versionOriginalExists: 'Cet accord a déjà une version d’origine.',
  restoreParentMissing: 'La fiche dont il dépendait a été supprimée définitivement.',
  generateNoCities: 'Générez au moins une ville.',
  generateNoAgreements: 'Générez au moins un accord avant les actions.',
};
