import type { filesErrorsEn } from './errors.files.en';

/** Phrases françaises des refus sur l’emplacement des fichiers (`errors.files.*`). */
export const filesErrorsFr: Record<keyof typeof filesErrorsEn, string> = {
  handleUnknown: 'Ce choix de fichier a expiré ou a déjà servi. Choisissez le fichier à nouveau.',
  pathNotChosen:
    'Choisissez le fichier ou le dossier avec le bouton « Choisir… » : l’application de bureau ne prend pas de chemin saisi.',
  downloadsOnly:
    'L’aperçu dans le navigateur livre les exports en téléchargement ; il n’écrit pas de fichier ailleurs.',
  folderMissing: 'Le dossier {{dir}} n’existe pas. Créez-le d’abord, puis choisissez-le.',
  notWrittenByAccords:
    'Le fichier {{file}} n’a pas été écrit par Accords : il n’est pas remplacé. Choisissez un autre nom.',
};
