import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

/**
 * The themes of the source text and the usual fields of city-to-city cooperation, in English
 * and French. Users may relabel or add themes; a code already present is left as it is (the
 * Paris example's loader relies on the same codes).
 */
export const SEED_THEMES: readonly { code: string; labelEn: string; labelFr: string }[] = [
  // The themes the City of Paris page names.
  {
    code: 'cycling_soft_transport',
    labelEn: 'Cycling and soft transport',
    labelFr: 'Vélo et mobilités douces',
  },
  { code: 'social_housing', labelEn: 'Social housing', labelFr: 'Logement social' },
  { code: 'risk_prevention', labelEn: 'Risk prevention', labelFr: 'Prévention des risques' },
  {
    code: 'heritage_conservation',
    labelEn: 'Heritage conservation',
    labelFr: 'Conservation du patrimoine',
  },
  { code: 'new_technologies', labelEn: 'New technologies', labelFr: 'Nouvelles technologies' },
  // The usual fields of decentralised cooperation.
  { code: 'culture', labelEn: 'Culture', labelFr: 'Culture' },
  { code: 'economy', labelEn: 'Economic development', labelFr: 'Développement économique' },
  { code: 'education', labelEn: 'Education', labelFr: 'Éducation' },
  {
    code: 'higher_education_research',
    labelEn: 'Higher education and research',
    labelFr: 'Enseignement supérieur et recherche',
  },
  { code: 'environment', labelEn: 'Environment', labelFr: 'Environnement' },
  {
    code: 'parks_biodiversity',
    labelEn: 'Parks and biodiversity',
    labelFr: 'Espaces verts et biodiversité',
  },
  { code: 'health', labelEn: 'Health', labelFr: 'Santé' },
  { code: 'tourism', labelEn: 'Tourism', labelFr: 'Tourisme' },
  { code: 'sport', labelEn: 'Sport', labelFr: 'Sport' },
  { code: 'governance', labelEn: 'Local governance', labelFr: 'Gouvernance locale' },
  { code: 'urban_planning', labelEn: 'Urban planning', labelFr: 'Urbanisme' },
  { code: 'water_sanitation', labelEn: 'Water and sanitation', labelFr: 'Eau et assainissement' },
  { code: 'waste', labelEn: 'Waste management', labelFr: 'Gestion des déchets' },
  { code: 'energy_climate', labelEn: 'Energy and climate', labelFr: 'Énergie et climat' },
  {
    code: 'mobility',
    labelEn: 'Mobility and public transport',
    labelFr: 'Mobilité et transports publics',
  },
  { code: 'youth', labelEn: 'Youth', labelFr: 'Jeunesse' },
  {
    code: 'social_cohesion',
    labelEn: 'Social cohesion and solidarity',
    labelFr: 'Cohésion sociale et solidarité',
  },
  { code: 'digital', labelEn: 'Digital services', labelFr: 'Numérique' },
  { code: 'public_safety', labelEn: 'Public safety', labelFr: 'Sécurité publique' },
  { code: 'gender_equality', labelEn: 'Gender equality', labelFr: 'Égalité femmes-hommes' },
  {
    code: 'food',
    labelEn: 'Food and urban agriculture',
    labelFr: 'Alimentation et agriculture urbaine',
  },
  { code: 'humanitarian', labelEn: 'Humanitarian aid', labelFr: 'Aide humanitaire' },
  { code: 'city_services', labelEn: 'Municipal services', labelFr: 'Services municipaux' },
];

/** Migration 0060 (schema 60): the seed themes, added where their code is not there yet. */
export const migration0060: Migration = {
  version: 60,
  name: 'seed themes',
  up(db) {
    const insert = db.prepare(
      `INSERT INTO themes (id, code, label_en, label_fr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO NOTHING`,
    );
    const stamp = new Date().toISOString();
    for (const theme of SEED_THEMES)
      insert.run(randomUUID(), theme.code, theme.labelEn, theme.labelFr, stamp, stamp);
  },
};
