import type { safetyEn } from './safety.en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Les textes français des écrans de sécurité des données : récupération et sauvegardes. */
export const safetyFr: Strings<typeof safetyEn> = {
  nav: { backups: 'Sauvegardes' },
  reasons: {
    start: 'Au démarrage',
    periodic: 'Périodique',
    migration: 'Avant une mise à jour',
    import: 'Avant une importation',
    restore: 'Avant une restauration',
    manual: 'Manuelle',
  },
  backup: {
    takenAt: 'Date',
    reason: 'Motif',
    size: 'Taille',
    agreements: 'Accords',
    actions: 'Actions',
    cities: 'Villes',
    restore: 'Restaurer',
    restoreOne: 'Restaurer la sauvegarde du {{date}}',
    agreementCount_one: '{{count, number}} accord',
    agreementCount_many: '{{count, number}} accords',
    agreementCount_other: '{{count, number}} accords',
    actionCount_one: '{{count, number}} action',
    actionCount_many: '{{count, number}} actions',
    actionCount_other: '{{count, number}} actions',
    cityCount_one: '{{count, number}} ville partenaire',
    cityCount_many: '{{count, number}} villes partenaires',
    cityCount_other: '{{count, number}} villes partenaires',
  },
  recovery: {
    documentTitle: 'Récupération',
    title: 'Votre registre doit être récupéré',
    problems: {
      missing: {
        title: 'Le fichier de la base de données est introuvable',
        text: 'Accords s’attendait à trouver votre registre dans le dossier de données, mais le fichier n’y est pas (ou il est vide). Des sauvegardes existent : Accords n’a donc pas créé de lui-même un registre vide.',
      },
      notadb: {
        title: 'Le fichier de la base de données est endommagé',
        text: 'Le fichier qui contient votre registre ne peut plus être lu comme une base de données : son début a été écrasé, ou un autre fichier a pris sa place.',
      },
      corrupt: {
        title: 'Le fichier de la base de données est endommagé',
        text: 'Une partie du fichier qui contient votre registre est endommagée et illisible. Cela peut arriver après une coupure de courant, un disque plein ou un disque défaillant.',
      },
      'check-failed': {
        title: 'La base de données n’a pas passé sa vérification',
        text: 'À chaque démarrage, Accords vérifie que votre registre est intact. Cette fois, la vérification a trouvé des erreurs : Accords ne l’a pas ouvert, pour ne pas travailler sur des données abîmées.',
      },
      'not-accords': {
        title: 'Ce n’est pas un registre Accords',
        text: 'Le dossier de données contient un fichier de base de données, mais il n’a pas été créé par Accords.',
      },
      'newer-schema': {
        title: 'Ce registre vient d’une version plus récente d’Accords',
        text: 'Votre registre a été enregistré par une version d’Accords plus récente que celle-ci. Il est resté à sa place, intact : mettre Accords à jour permettra de l’ouvrir. Vous pouvez aussi revenir à une sauvegarde faite par cette version.',
      },
      unavailable: {
        title: 'Le dossier de données est inaccessible pour le moment',
        text: 'Accords n’a pas pu lire ou écrire dans le dossier de données : il se trouve peut-être sur un disque déconnecté ou plein, ou les droits d’accès manquent. Le fichier lui-même est peut-être intact et n’a pas été déplacé. Réglez le problème du dossier puis relancez Accords, ou restaurez une sauvegarde.',
      },
    },
    nothingDeleted: 'Rien n’a été supprimé.',
    movedTo: 'Le fichier endommagé a été mis de côté, sans modification, ici :',
    leftInPlace: 'Le fichier est resté à sa place :',
    dataDir: 'Dossier de données :',
    suggestedTitle: 'Sauvegarde vérifiée la plus récente',
    suggestedText:
      'Cette sauvegarde a passé sa vérification. La restaurer remet votre registre dans l’état où il était alors.',
    restoreThis: 'Restaurer cette sauvegarde',
    otherBackups: 'Autres sauvegardes',
    otherBackupsLabel: 'Autres sauvegardes, de la plus récente à la plus ancienne',
    noBackups: 'Aucune sauvegarde de ce registre n’a été trouvée.',
    noVerified:
      'Aucune sauvegarde n’a passé sa vérification. Vous pouvez tout de même en essayer une ci-dessous.',
    startEmpty: 'Repartir d’un registre vide',
    startEmptyText:
      'Si vous préférez ne rien restaurer, vous pouvez repartir d’un registre vide. Les sauvegardes sont conservées.',
    restoring: 'Restauration de la sauvegarde… Cela peut prendre quelques secondes.',
    restored: 'La sauvegarde a été restaurée.',
    technical: 'Détails techniques',
  },
  backups: {
    title: 'Sauvegardes',
    intro:
      'Accords conserve des copies vérifiées de votre registre : au démarrage, régulièrement pendant que vous travaillez, et avant toute opération qui remplace des données.',
    loadError: 'Les sauvegardes n’ont pas pu être chargées',
    dataDir: 'Dossier de données',
    backupDir: 'Dossier des sauvegardes',
    backupNow: 'Sauvegarder maintenant',
    backingUp: 'Sauvegarde en cours…',
    created: 'Sauvegarde effectuée : {{name}}',
    listTitle: 'Sauvegardes de ce registre',
    tableLabel: 'Sauvegardes, de la plus récente à la plus ancienne',
    count_one: '{{count, number}} sauvegarde',
    count_many: '{{count, number}} sauvegardes',
    count_other: '{{count, number}} sauvegardes',
    empty: 'Aucune sauvegarde n’a encore été faite.',
    emptyHint: 'Accords en fait une à chaque démarrage. Vous pouvez aussi en faire une maintenant.',
    confirmTitle: 'Restaurer cette sauvegarde ?',
    confirmText: 'Votre registre sera remplacé par la sauvegarde du {{date}} ({{contents}}).',
    confirmSafety:
      'Auparavant, une sauvegarde du registre dans son état actuel est faite : vous pourrez y revenir.',
    confirmButton: 'Restaurer',
    restoring: 'Restauration…',
    restored: 'La sauvegarde du {{date}} a été restaurée.',
    attachmentsRestored_one: '{{count, number}} pièce jointe a été récupérée dans la sauvegarde.',
    attachmentsRestored_many:
      '{{count, number}} pièces jointes ont été récupérées dans la sauvegarde.',
    attachmentsRestored_other:
      '{{count, number}} pièces jointes ont été récupérées dans la sauvegarde.',
    attachmentsMissing_one:
      '{{count, number}} pièce jointe ne se trouvait pas dans la sauvegarde (une sauvegarde plus ancienne n’en contenait pas) : le document est listé mais ne peut pas être ouvert.',
    attachmentsMissing_many:
      '{{count, number}} pièces jointes ne se trouvaient pas dans la sauvegarde (une sauvegarde plus ancienne n’en contenait pas) : ces documents sont listés mais ne peuvent pas être ouverts.',
    attachmentsMissing_other:
      '{{count, number}} pièces jointes ne se trouvaient pas dans la sauvegarde (une sauvegarde plus ancienne n’en contenait pas) : ces documents sont listés mais ne peuvent pas être ouverts.',
    check: {
      title: 'Vérifier la base de données',
      text: 'La vérification rapide prend quelques secondes ; la vérification complète lit chaque page et prend plus de temps sur un grand registre.',
      quick: 'Vérification rapide',
      full: 'Vérification complète',
      running: 'Vérification…',
      ok: 'La base de données est intacte.',
      failed: 'La vérification a trouvé un problème : {{detail}}',
      resultTitle: 'Résultat',
      level_quick: 'Vérification rapide',
      level_full: 'Vérification complète',
      duration: '{{level}} en {{ms}} ms',
    },
    settings: {
      title: 'Réglages des sauvegardes',
      dir: 'Dossier des sauvegardes',
      dirHint:
        'Le chemin complet d’un dossier, par exemple sur un autre disque. Par défaut : {{dir}}',
      useDefault: 'Utiliser le dossier par défaut',
      choose: 'Choisir un dossier…',
      chooseTitle: 'Choisir le dossier des sauvegardes',
      chosenHint: 'Choisi dans la fenêtre de sélection. Par défaut : {{dir}}',
      interval: 'Sauvegarder toutes les (minutes)',
      intervalHint:
        'Pendant que vous faites des modifications. 0 désactive les sauvegardes périodiques. S’applique au prochain démarrage.',
      saved: 'Les réglages des sauvegardes ont été enregistrés.',
      custom: 'Dossier choisi',
      default: 'Dossier par défaut',
    },
  },
  archive: {
    title: 'Changer d’ordinateur',
    intro:
      'Exportez tout le dossier de données (base de données et pièces jointes) en une seule archive transportable, puis ouvrez-la dans Accords sur l’autre ordinateur.',
    exportTitle: 'Exporter',
    exportFile: 'Fichier d’archive à écrire',
    exportHint:
      'Le chemin complet d’un fichier .tar.gz, par exemple sur une clé USB. Suggestion : {{file}}',
    overwrite: 'Remplacer le fichier s’il existe déjà',
    exportButton: 'Exporter l’archive',
    exportChoose: 'Exporter l’archive…',
    exportDialogTitle: 'Où écrire l’archive',
    importChoose: 'Choisir une archive…',
    importDialogTitle: 'Ouvrir une archive Accords',
    exporting:
      'Écriture de l’archive… Cela peut prendre un moment s’il y a beaucoup de pièces jointes.',
    exported: 'Archive écrite : {{file}} ({{size}}).',
    exportedTitle: 'Archive prête à être transportée',
    exportedContents: 'Elle contient {{contents}}.',
    exportedFiles_one: '{{count, number}} fichier en tout, base de données comprise.',
    exportedFiles_many:
      '{{count, number}} fichiers en tout, base de données et pièces jointes comprises.',
    exportedFiles_other:
      '{{count, number}} fichiers en tout, base de données et pièces jointes comprises.',
    importTitle: 'Ouvrir une archive venant d’un autre ordinateur',
    importText:
      'Les données de ce dossier sont remplacées par celles de l’archive. Une sauvegarde du registre actuel est faite d’abord.',
    importFile: 'Fichier d’archive à ouvrir',
    importHint: 'Le chemin complet d’une archive Accords (.tar.gz), par exemple {{file}}',
    importButton: 'Ouvrir cette archive…',
    confirmTitle: 'Remplacer ce registre par l’archive ?',
    confirmText:
      'Les données actuelles de ce dossier (base de données et pièces jointes) seront remplacées par le contenu de {{file}}.',
    confirmSafety:
      'Auparavant, une sauvegarde du registre tel qu’il est maintenant est faite et ses pièces jointes sont mises de côté : vous pourrez y revenir.',
    confirmButton: 'Remplacer par l’archive',
    importing: 'Vérification et ouverture de l’archive… Cela peut prendre un moment.',
    imported: 'L’archive a été ouverte : {{contents}}.',
  },
};
