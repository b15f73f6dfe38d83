import type { importErrorsEn } from './errors.import.en';

/** Phrases françaises des refus pendant l’enregistrement d’un import (`errors.import.*`). */
export const importErrorsFr: Record<keyof typeof importErrorsEn, string> = {
  writing:
    'Un import est en cours d’enregistrement : cette modification n’a pas été faite. Réessayez une fois l’import terminé, ou interrompez-le.',
  writerStopped:
    'L’import s’est arrêté inopinément pendant son enregistrement : rien n’a été importé. Réessayez.',
  outOfMemory:
    'Ce fichier demande plus de mémoire qu’un import ne peut en prendre : rien n’a été importé. Découpez-le en fichiers plus petits (par exemple un par décennie) et importez-les l’un après l’autre.',
};
