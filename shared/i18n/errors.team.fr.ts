import type { teamErrorsEn } from './errors.team.en';

/** Phrases françaises des refus du partage en équipe (`errors.team.*`). */
export const teamErrorsFr: Record<keyof typeof teamErrorsEn, string> = {
  unreachable: 'Le serveur de l’équipe {{server}} est injoignable : {{reason}}',
  authFailed: 'Le serveur de l’équipe {{server}} a refusé l’identifiant ou le mot de passe.',
  notInitialised: 'Le serveur de l’équipe ne contient pas encore de données Accords. Demandez au service informatique de lancer une fois « accords team init ».',
  serverNewer: 'Le serveur de l’équipe a été préparé par une version plus récente d’Accords. Mettez Accords à jour pour partager avec cette équipe.',
  notJoined: 'Ce poste n’a rejoint aucune équipe.',
  notEmpty: 'L’équipe a déjà un registre. Rejoignez-la en le téléchargeant (une sauvegarde de ce poste est faite d’abord).',
  clockAhead: 'L’horloge de cet ordinateur avance de {{minutes}} minutes sur celle du serveur. Corrigez la date et l’heure, puis synchronisez à nouveau.',
  badClock: 'Une modification porte un horodatage illisible.',
  syncFailed: 'La synchronisation n’a pas abouti ; rien n’est perdu et elle sera retentée.',
  urlRequired: 'Indiquez l’adresse du serveur.',
  urlInvalid: 'L’adresse doit commencer par postgres:// ou postgresql://.',
  nameRequired: 'Indiquez votre nom, tel que vos collègues le verront.',
  passwordFileMissing: 'Le fichier de mot de passe {{file}} est illisible.',
  passwordFileOpen: 'Le fichier de mot de passe {{file}} est lisible par d’autres utilisateurs ; réservez-le à vous seul (chmod 600).',
};
