import type { teamEn } from './team.en';

/** Textes français de l’écran Équipe et de l’état de la synchronisation dans l’en-tête. */
export const teamFr: DeepStrings<typeof teamEn> = {
  nav: 'Équipe',
  title: 'Équipe',
  intro:
    'Partagez ce registre avec vos collègues sur d’autres postes, par le serveur PostgreSQL de votre ville. Chacun continue de travailler hors ligne ; les modifications circulent quand le serveur répond.',
  alone: {
    title: 'Vous travaillez seul',
    text: 'Votre registre se trouve sur cet ordinateur uniquement, et Accords fonctionne entièrement sans réseau. Pour le partager avec votre équipe, connectez-vous au serveur d’équipe installé par votre service informatique (il vous en donne l’adresse). Chaque poste garde sa propre copie et envoie et reçoit les modifications toutes les quelques minutes.',
  },
  connect: {
    title: 'Rejoindre une équipe',
    url: 'Adresse du serveur d’équipe',
    urlHint:
      'Fournie par votre service informatique, p. ex. postgres://accords.ville.example/accords',
    name: 'Votre nom',
    nameHint: 'Le nom sous lequel vos collègues voient vos modifications.',
    password: 'Mot de passe',
    passwordHint:
      'Conservé chiffré sur cet ordinateur, jamais réaffiché. Laissez vide si le serveur n’en demande pas.',
    test: 'Tester la connexion',
    testing: 'Test de la connexion…',
    join: 'Rejoindre l’équipe',
    joining: 'Connexion à l’équipe…',
  },
  test: {
    ok: 'Le serveur répond.',
    okEmpty: 'Le serveur répond. Le registre de l’équipe est vide.',
    members_one: '{{count, number}} membre',
    members_many: '{{count, number}} membres',
    members_other: '{{count, number}} membres',
  },
  mode: {
    label: 'Ce poste a déjà un registre',
    share: 'Faire de ce registre celui de l’équipe',
    shareHint:
      'Seulement si l’équipe est vide : les collègues qui la rejoignent ensuite le téléchargent.',
    shareRefused: 'L’équipe a déjà un registre : téléchargez-le plutôt.',
    download: 'Télécharger le registre de l’équipe',
    downloadHint:
      'Le registre de ce poste est remplacé par celui de l’équipe, après une sauvegarde automatique (voir Sauvegardes).',
  },
  status: {
    title: 'Synchronisation de l’équipe',
    server: 'Serveur',
    you: 'Vous',
    lastSync: 'Dernière synchronisation',
    never: 'Pas encore',
    pending: 'Modifications en attente d’envoi',
    syncNow: 'Synchroniser maintenant',
    syncing: 'Synchronisation…',
    synced:
      'Synchronisé : {{sent, number}} modification(s) envoyée(s), {{received, number}} reçue(s).',
    offline: 'Le serveur est injoignable : vos modifications attendent sur cet ordinateur.',
  },
  members: {
    title: 'Membres',
    name: 'Nom',
    lastSeen: 'Dernière synchronisation',
    thisDesktop: 'ce poste',
    none: 'Aucun membre pour l’instant.',
  },
  conflicts: {
    title: 'Conflits à régler',
    none: 'Aucun conflit : chaque modification a trouvé sa place.',
    intro:
      'Un collègue et vous avez modifié le même champ depuis votre dernière synchronisation. Rien n’est perdu : choisissez la valeur à garder.',
    record: 'Fiche',
    field: 'Champ',
    mine: 'Ma valeur',
    theirs: 'Sa valeur',
    who: 'Modifié par {{name}}, {{when}}',
    keptNow: 'Dans la fiche actuellement',
    keepMine: 'Garder la mienne',
    takeTheirs: 'Prendre la sienne',
    empty: '(vide)',
    resolved: 'Conflit réglé.',
    count_one: '{{count, number}} conflit',
    count_many: '{{count, number}} conflits',
    count_other: '{{count, number}} conflits',
  },
  leave: {
    title: 'Quitter l’équipe',
    text: 'Ce poste cesse de se synchroniser et garde son registre tel qu’il est. Les modifications pas encore envoyées restent ici seulement.',
    button: 'Quitter l’équipe',
    confirm:
      'Quitter l’équipe ? {{count, number}} modification(s) pas encore envoyée(s) resteront sur cet ordinateur seulement.',
    done: 'Vous avez quitté l’équipe. Vous travaillez seul.',
  },
  joined: 'Vous avez rejoint l’équipe.',
  header: {
    synced: 'Synchronisé {{when}}',
    pending_one: '{{count, number}} modification à envoyer',
    pending_many: '{{count, number}} modifications à envoyer',
    pending_other: '{{count, number}} modifications à envoyer',
    offline: 'Hors ligne',
    conflicts_one: '{{count, number}} conflit',
    conflicts_many: '{{count, number}} conflits',
    conflicts_other: '{{count, number}} conflits',
    label: 'État de la synchronisation de l’équipe',
  },
  command: {
    open: 'Ouvrir l’écran Équipe',
    description: 'Rejoindre une équipe, synchroniser, régler les conflits',
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
