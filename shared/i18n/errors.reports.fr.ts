import type { reportsErrorsEn } from './errors.reports.en';

/** Phrases d’erreur des rapports et des exports. */
export const reportsErrorsFr: Record<keyof typeof reportsErrorsEn, string> = {
  yearOrRange: 'Indiquez une année ou une période, pas les deux.',
  rangeOrder: 'La fin de la période ne peut pas précéder son début.',
  pathNotAbsolute: 'Indiquez le chemin complet du fichier, par ex. C:\\Users\\moi\\rapport.pdf ou /home/moi/rapport.pdf.',
  fileExists: 'Un fichier existe déjà à l’emplacement {{file}} : choisissez un autre nom ou autorisez son remplacement.',
  folderMissing: 'Le dossier {{folder}} n’existe pas.',
  jobNotFound: 'Cet export n’est plus disponible. Relancez-le.',
  jobNotFinished: 'Cet export n’est pas encore terminé.',
  cancelled: 'L’export a été annulé : aucun fichier n’a été écrit.',
  formatNotAvailable: 'Ce rapport ne peut pas être produit au format {{format}}.',
  pathIsFolder: '{{file}} est un dossier : indiquez le nom du fichier à écrire.',
  tooManyJobs: 'Plusieurs exports sont déjà en cours : attendez qu’un d’eux se termine.',
  noCalendarEvents: 'Ce rapport n’a rien de daté (action, relance ou anniversaire) à mettre dans un agenda.',
};
