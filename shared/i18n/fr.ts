import type { Translation } from './index';

/** Chaînes françaises : mêmes clés que `en.ts`. */
export const fr: Translation = {
  enums: {
    agreementKind: {
      twinning: 'Jumelage',
      friendship_cooperation: 'Amitié et coopération',
      memorandum: "Protocole d'accord",
      other: 'Autre',
    },
    agreementStatus: { active: 'Actif', dormant: 'En sommeil', ended: 'Terminé' },
    actionKind: {
      delegation_visit: 'Visite de délégation',
      study_visit: "Voyage d'étude",
      expert_mission: "Mission d'expertise",
      workshop: 'Atelier ou conférence',
      staff_exchange: "Échange d'agents",
      joint_project: 'Projet commun',
      other: 'Autre',
    },
    actionStatus: { planned: 'Prévue', ongoing: 'En cours', done: 'Réalisée', cancelled: 'Annulée' },
    precision: { year: 'Année', month: 'Mois', day: 'Jour' },
  },
  errors: {
    required: 'Obligatoire.',
    tooSmall: 'Au moins {{min}}.',
    tooBig: 'Au plus {{max}}.',
    tooLong: '{{max}} caractères au plus.',
    invalid: 'Valeur non valide.',
    invalidType: 'Valeur non valide.',
    invalidChoice: 'Choisissez une des options.',
    invalidFormat: "Le format n'est pas celui attendu.",
    unknownField: 'Champ inconnu : {{fields}}.',
    partialDate: 'Indiquez une année, une année et un mois, ou une date complète qui existe.',
    country: 'Choisissez un pays.',
    endBeforeSigned: 'La date de fin ne peut pas précéder la signature ({{signedOn}}).',
    coordinatesPair: 'Indiquez la latitude et la longitude, ou aucune des deux.',
    exclusiveOnlyTwinning: 'Seul un jumelage peut être exclusif.',
    exclusiveTwinningExists:
      'Un jumelage exclusif avec {{city}} est actif : aucun autre jumelage ne peut être actif.',
    cityExists: '{{city}} figure déjà dans l’annuaire.',
    cityHasAgreements: 'Impossible de supprimer cette ville : {{count}} accord(s) y sont rattachés.',
    notFound: "Cet enregistrement n'existe plus. Il a peut-être été supprimé.",
    notEmpty:
      "La base contient déjà des données : l'exemple ne peut être chargé que dans une base vide.",
    validation: 'Certains champs sont à corriger.',
    forbidden: 'Cette requête a été refusée.',
    unknownChannel: 'Requête inconnue.',
    storageFull: "Le disque est plein : rien n'a été enregistré. Libérez de la place et réessayez.",
    storageReadOnly: "Le dossier de données est en lecture seule : rien n'a été enregistré.",
    storageBusy: 'La base est occupée. Réessayez dans un instant.',
    storage: "La base n'a pas pu enregistrer cette modification : rien n'a été enregistré.",
    internal: "Une erreur s'est produite : rien n'a été enregistré.",
  },
};
