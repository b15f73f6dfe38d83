import type { safetyErrorsEn } from './errors.safety.en';

/** Les refus du moteur de sauvegarde (`errors.safety.*`), en français. */
export const safetyErrorsFr: Record<keyof typeof safetyErrorsEn, string> = {
  archiveExists: 'Un fichier existe déjà à l’emplacement {{file}}. Choisissez un autre nom.',
  archiveInvalid: 'Cette archive ne peut pas être importée : {{why}}.',
  archiveMissing: 'Le fichier d’archive est introuvable.',
  archivePathNotAbsolute:
    'Indiquez le chemin complet du fichier d’archive, par exemple /Users/vous/accords-export.tar.gz.',
  busy: 'Une archive est en cours d’ouverture dans le dossier de données. Réessayez dans un instant.',
  archiveSourceInvalid: 'La base de données ne peut pas être archivée : sa vérification a échoué.',
  backupDirNotAbsolute: 'Indiquez le chemin complet du dossier de sauvegarde, et non « {{dir}} ».',
  backupDirUnusable:
    'Impossible d’écrire les sauvegardes dans {{dir}}. Vérifiez que le dossier existe et qu’il est accessible en écriture.',
  backupInvalid:
    'Cette sauvegarde ne peut pas être restaurée : elle est endommagée ou ne contient aucune donnée Accords.',
  backupUnverified:
    'La copie de sauvegarde n’a pas passé sa vérification ({{why}}) ; elle a été écartée.',
  currentUnreadable:
    'La base de données actuelle ne peut pas être lue pour être sauvegardée d’abord : rien n’a été modifié.',
  fileExists: 'Un fichier existe déjà à l’emplacement {{file}}.',
  folderInUse:
    'Le dossier de données est ouvert dans une autre fenêtre d’Accords (processus {{pid}}). Fermez-la d’abord.',
  restoreSelf: 'Ce fichier est la base de données elle-même, pas une sauvegarde.',
  targetNotEmpty:
    'Le dossier {{dir}} contient déjà des données Accords. Choisissez un dossier vide.',
  backupUnknown: 'Ce fichier ne fait pas partie des sauvegardes de ce dossier de données.',
  cannotStartEmpty:
    'Une base de données est toujours en place : restaurez une sauvegarde plutôt que de repartir d’un registre vide.',
  folderInUseDesktop:
    'Le dossier de données est ouvert dans l’application Accords (processus {{pid}}). Fermez-la d’abord.',
  folderInUsePreview:
    'Le dossier de données est ouvert dans l’aperçu navigateur d’Accords (processus {{pid}}). Arrêtez-le d’abord.',
  folderInUseCli:
    'Une commande accords utilise le dossier de données (processus {{pid}}). Attendez qu’elle se termine.',
};
