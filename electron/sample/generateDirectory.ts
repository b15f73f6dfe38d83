import type Database from 'better-sqlite3';
import { dayRange, precisionOf, yearOf } from '../../shared/domain/partialDate';
import { searchKey } from '../../shared/domain/text';
import {
  AGREEMENT_TITLES,
  COUNTRIES,
  DEPARTMENTS,
  DORMANT_NOTES,
  END_REASONS,
  PEOPLE,
} from './generatorData';
import { agreementDocument, putSearchEntry, cityDocument, contactDocument } from '../services/search/searchIndex';
import { citySpellings } from '../services/search/searchIndex';
import { insertCity, namedOnce } from '../services/cities/cities';
import {
  batched,
  blur,
  namesFor,
  randomDay,
  type GenAgreement,
  type GenCity,
  type GenContext,
} from './generateKit';

/** Synthetic partner cities, agreements (with versions and themes) and contacts. */

/** Cities with real names first, then invented ones that sound local, unique per country. */
export function generateCities(g: GenContext, count: number): GenCity[] {
  const { db, r, newId, stamp, progress } = g;
  const cityIds: GenCity[] = [];
  const insert = insertCity(db);
  const taken = db.prepare('SELECT 1 FROM cities WHERE name_key = ? AND country = ?');
  const sources = COUNTRIES.map((country) => ({ country, names: namesFor(country) }));
  batched(
    db,
    count,
    (i) => {
      const source = sources[i % sources.length]!;
      let next = source.names.next().value!;
      while (taken.get(searchKey(next.name), source.country.code))
        next = source.names.next().value!;
      const id = newId();
      const region = r.pick(source.country.regions);
      const website = `https://www.${searchKey(next.name).replace(/[^a-z0-9]+/g, '')}.example`;
      const notes = r.chance(0.3)
        ? `Partner since the ${r.int(195, 202)}0s; contact through the ${r.pick(DEPARTMENTS)} department.`
        : '';
      const languages = source.country.languages;
      const n = namedOnce(next.name, source.country.code);
      const cityNumber = insert({
        id,
        names: n,
        country: source.country.code,
        latitude: next.lat,
        longitude: next.lng,
        notes,
        region,
        languages,
        website,
        stamp,
      });
      putSearchEntry(
        db,
        'city',
        cityNumber,
        cityDocument({
          name: citySpellings(n),
          country: source.country.code,
          region,
          languages,
          website,
          notes,
        }),
      );
      cityIds.push({ id, name: next.name, country: source.country });
    },
    (done) => progress(`cities ${done}/${count}`),
  );

  return cityIds;
}

/** The cities already in the database, to attach generated agreements to. */
export function existingCities(db: Database.Database): GenCity[] {
  const cityIds: GenCity[] = [];
  const existing = db.prepare('SELECT id, name, country FROM cities').all() as {
    id: string;
    name: string;
    country: string;
  }[];
  for (const c of existing)
    cityIds.push({
      id: c.id,
      name: c.name,
      country: COUNTRIES.find((k) => k.code === c.country) ?? COUNTRIES[0]!,
    });
  return cityIds;
}

/** Agreements signed 1950 to today, every city getting one before any gets a second. */
export function generateAgreements(
  g: GenContext,
  cityIds: GenCity[],
  count: number,
): GenAgreement[] {
  const { db, r, newId, stamp, today, themeIds, progress } = g;
  const exclusiveExists =
    db
      .prepare(
        "SELECT 1 FROM agreements WHERE kind = 'twinning' AND exclusive = 1 AND status = 'active'",
      )
      .get() !== undefined;
  const insertAgreement = db.prepare(
    `INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status, ended_on, end_reason, title, notes, created_at, updated_at)
   VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO agreement_versions (id, agreement_id, kind, date, date_precision, summary, signatories, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tagAgreement = db.prepare(
    'INSERT INTO agreement_themes (agreement_id, theme_id) VALUES (?, ?)',
  );
  const agreements: GenAgreement[] = [];
  batched(
    db,
    count,
    (i) => {
      const city = cityIds[i < cityIds.length ? i : r.int(0, cityIds.length - 1)]!;
      const id = newId();
      let kind = r.weighted<'twinning' | 'friendship_cooperation' | 'memorandum' | 'other'>([
        ['friendship_cooperation', 50],
        ['twinning', 25],
        ['memorandum', 20],
        ['other', 5],
      ]);
      const signedDay = randomDay(r, r.chance(0.2) ? 1950 : 1975, today);
      const signedOn = blur(r, signedDay, [4, 4, 2]);
      const age = yearOf(today) - yearOf(signedOn);
      let status = r.weighted<'active' | 'dormant' | 'ended'>([
        ['active', 60],
        ['dormant', Math.min(30, age)],
        ['ended', Math.min(25, age / 2)],
      ]);
      // Keep the exclusive-twinning rule: beside an exclusive twinning, no other twinning is active.
      if (kind === 'twinning' && status === 'active' && exclusiveExists) status = 'dormant';
      if (kind === 'other' && r.chance(0.5)) kind = 'memorandum';
      const endedOn =
        status === 'ended'
          ? blur(r, randomDay(r, Math.min(yearOf(today), yearOf(signedOn) + 1), today), [5, 4, 1])
          : null;
      const title = r.chance(0.6) ? `${r.pick(AGREEMENT_TITLES)} — ${city.name}` : '';
      const notes = status === 'dormant' ? r.pick(DORMANT_NOTES) : '';
      const endReason = endedOn ? r.pick(END_REASONS) : '';
      const { lastInsertRowid: agreementNumber } = insertAgreement.run(
        id,
        city.id,
        kind,
        signedOn,
        precisionOf(signedOn),
        yearOf(signedOn),
        status,
        endedOn,
        endReason,
        title,
        notes,
        stamp,
        stamp,
      );
      const versions: { summary: string; signatories: { name: string; role: string }[] }[] = [];
      if (r.chance(0.4)) {
        const signatories = [
          {
            name: `${r.pick(PEOPLE.first)} ${r.pick(PEOPLE.last)}`,
            role: 'Mayor',
            side: 'partner',
          },
        ];
        const summary = `Signed in ${city.name}.`;
        insertVersion.run(
          newId(),
          id,
          'original',
          signedOn,
          precisionOf(signedOn),
          summary,
          JSON.stringify(signatories),
          stamp,
          stamp,
        );
        versions.push({ summary, signatories });
        if (r.chance(0.4) && age > 8) {
          const renewed = blur(r, randomDay(r, yearOf(signedOn) + 5, today), [3, 5, 2]);
          const kindOfVersion = r.pick(['renewal', 'amendment', 'new_pact'] as const);
          const summary2 =
            kindOfVersion === 'amendment'
              ? 'Updated work programme.'
              : kindOfVersion === 'renewal'
                ? 'Renewed for five years.'
                : 'New pact with wider themes.';
          insertVersion.run(
            newId(),
            id,
            kindOfVersion,
            renewed,
            precisionOf(renewed),
            summary2,
            '[]',
            stamp,
            stamp,
          );
          versions.push({ summary: summary2, signatories: [] });
        }
      }
      const tagged = new Set<string>();
      for (let t = r.int(0, 3); t > 0 && themeIds.length; t -= 1) tagged.add(r.pick(themeIds).id);
      for (const themeId of tagged) tagAgreement.run(id, themeId);
      putSearchEntry(
        db,
        'agreement',
        agreementNumber,
        agreementDocument({
          cityName: citySpellings(namedOnce(city.name, city.country.code)),
          country: city.country.code,
          title,
          notes,
          endReason,
          versions,
        }),
      );
      agreements.push({ id, city, signedDay: dayRange(signedOn).first });
    },
    (done) => progress(`agreements ${done}/${count}`),
  );

  return agreements;
}

/** The agreements already in the database, to attach generated actions to. */
export function existingAgreements(db: Database.Database): GenAgreement[] {
  const agreements: GenAgreement[] = [];
  const existing = db
    .prepare(
      'SELECT a.id, a.signed_on AS signedOn, c.name, c.country FROM agreements a JOIN cities c ON c.id = a.city_id',
    )
    .all() as {
    id: string;
    signedOn: string;
    name: string;
    country: string;
  }[];
  for (const a of existing) {
    agreements.push({
      id: a.id,
      city: {
        id: '',
        name: a.name,
        country: COUNTRIES.find((k) => k.code === a.country) ?? COUNTRIES[0]!,
      },
      signedDay: dayRange(a.signedOn).first,
    });
  }
  return agreements;
}

/** People: a third from our own departments, the others in partner city halls. */
export function generateContacts(g: GenContext, cityIds: GenCity[], count: number): void {
  const { db, r, newId, stamp, progress } = g;
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, name, name_key, side, role, organisation, email, phone, language, notes, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const linkCity = db.prepare('INSERT INTO contact_cities (contact_id, city_id) VALUES (?, ?)');
  batched(
    db,
    count,
    () => {
      const own = r.chance(0.3) || cityIds.length === 0;
      const city = own ? null : r.pick(cityIds);
      const name = `${r.pick(PEOPLE.first)} ${r.pick(PEOPLE.last)}`;
      const role = r.pick(PEOPLE.roles);
      const organisation = own ? r.pick(DEPARTMENTS) : `City of ${city!.name}`;
      const email = `${searchKey(name).replace(/[^a-z]+/g, '.')}@${own ? 'paris.example' : `${searchKey(city!.name).replace(/[^a-z0-9]+/g, '')}.example`}`;
      const phone = `+${r.int(1, 99)} ${r.int(100, 999)} ${r.int(100, 999)} ${r.int(1000, 9999)}`;
      const language = own ? 'French' : r.pick(city!.country.languages);
      const id = newId();
      const { lastInsertRowid: contactNumber } = insertContact.run(
        id,
        name,
        searchKey(name),
        own ? 'own' : 'partner',
        role,
        organisation,
        email,
        phone,
        language,
        stamp,
        stamp,
      );
      if (city) linkCity.run(id, city.id);
      putSearchEntry(
        db,
        'contact',
        contactNumber,
        contactDocument({ name, role, organisation, email, phone, language, notes: '' }),
      );
    },
    (done) => progress(`contacts ${done}/${count}`),
  );
}
