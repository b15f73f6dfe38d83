import { z } from 'zod';
import { countrySchema, idSchema, optionalText, requiredText, type RecordStamp } from './common';
import { languageSchema, websiteSchema } from './fields';

const cityFields = {
  /** The name as the user typed it; fills the French and English names the user leaves empty. */
  name: requiredText(120),
  /** The name a French reader sees ("Copenhague"); from the built-in table when left empty. */
  nameFr: optionalText(120),
  /** The name an English reader sees ("Copenhagen"); from the built-in table when left empty. */
  nameEn: optionalText(120),
  /** Other spellings the city is found by ("København", "Kopenhagen"). */
  aliases: z.array(requiredText(120)).max(30),
  country: countrySchema,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  notes: optionalText(20_000),
  /** A region, state or province ("Île-de-France", "Quebec"). */
  region: optionalText(120),
  /** The languages spoken there, as people name them. */
  languages: z.array(languageSchema).max(20),
  website: websiteSchema,
};

/** What a user fills in for a partner city. */
export const cityInputSchema = z.object({
  ...cityFields,
  nameFr: cityFields.nameFr.default(''),
  nameEn: cityFields.nameEn.default(''),
  aliases: cityFields.aliases.default([]),
  latitude: cityFields.latitude.default(null),
  longitude: cityFields.longitude.default(null),
  notes: cityFields.notes.default(''),
  region: cityFields.region.default(''),
  languages: cityFields.languages.default([]),
  website: cityFields.website.default(''),
});
export type CityInput = z.input<typeof cityInputSchema>;

export const cityUpdateSchema = z.object({
  id: idSchema,
  // Built from the fields without defaults: a field left out of an update stays as it is.
  changes: z.object(cityFields).partial(),
});
export type CityUpdate = z.input<typeof cityUpdateSchema>;

export const cityListSchema = z
  .object({
    text: optionalText(200).optional(),
    country: countrySchema.optional(),
  })
  .strict()
  .default({});
export type CityListFilter = z.input<typeof cityListSchema>;

/** A partner city as stored. */
export interface City extends RecordStamp {
  /** The name in the reader's language. */
  name: string;
  nameFr: string;
  nameEn: string;
  aliases: string[];
  country: string;
  latitude: number | null;
  longitude: number | null;
  notes: string;
  region: string;
  languages: string[];
  website: string;
  agreementCount: number;
}
