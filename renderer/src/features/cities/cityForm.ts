import { checkCoordinates } from '../../../../shared/domain/rules';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import { cityInputSchema, type City, type CityInput } from '../../../../shared/schemas/cities';

/** What the city form holds while the user types; empty number boxes are ''. */
export interface CityFormValues {
  /** The name in the reader's language (the one field of the quick form). */
  name: string;
  nameFr: string;
  nameEn: string;
  aliases: string[];
  country: string | null;
  latitude: number | string;
  longitude: number | string;
  notes: string;
  region: string;
  languages: string[];
  website: string;
}

export const CITY_FIELDS = [
  'name',
  'nameFr',
  'nameEn',
  'aliases',
  'country',
  'latitude',
  'longitude',
  'notes',
  'region',
  'languages',
  'website',
] as const;

export function emptyCityValues(): CityFormValues {
  return {
    name: '',
    nameFr: '',
    nameEn: '',
    aliases: [],
    country: null,
    latitude: '',
    longitude: '',
    notes: '',
    region: '',
    languages: [],
    website: '',
  };
}

export function cityValuesOf(city: City): CityFormValues {
  return {
    name: city.name,
    nameFr: city.nameFr,
    nameEn: city.nameEn,
    aliases: city.aliases,
    country: city.country,
    latitude: city.latitude ?? '',
    longitude: city.longitude ?? '',
    notes: city.notes,
    region: city.region,
    languages: city.languages,
    website: city.website,
  };
}

function numberOrNull(value: number | string): number | null {
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** Checks a city the way main will: the shared schema, then the coordinates rule. */
export function validateCity(
  values: CityFormValues,
): { ok: true; input: CityInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  if (!values.country) issues.push({ path: 'country', key: 'errors.required' });
  const latitude = numberOrNull(values.latitude);
  const longitude = numberOrNull(values.longitude);
  const parsed = cityInputSchema.safeParse({
    name: values.name,
    nameFr: values.nameFr,
    nameEn: values.nameEn,
    aliases: values.aliases,
    country: values.country ?? '',
    latitude,
    longitude,
    notes: values.notes,
    region: values.region,
    languages: values.languages,
    website: values.website,
  });
  if (!parsed.success) {
    const known = new Set(issues.map((issue) => issue.path));
    issues.push(...fieldIssuesFromZod(parsed.error).filter((issue) => !known.has(issue.path)));
  }
  const known = new Set(issues.map((issue) => issue.path));
  issues.push(...checkCoordinates(latitude, longitude).filter((issue) => !known.has(issue.path)));
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
