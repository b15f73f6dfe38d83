import { listAgreements } from '../../services/agreements/agreements';
import type { AgreementRow } from '../../../shared/schemas/agreements';
import { countryName } from '../../db/functions';
import type { CliCommand } from '../types';

/** The fields scripts get for each agreement. */
export interface AgreementExport {
  id: string;
  city: string;
  country: string;
  countryName: string;
  kind: AgreementRow['kind'];
  exclusive: boolean;
  signedOn: string;
  status: AgreementRow['status'];
  endedOn: string | null;
  actions: number;
}

/** Every agreement, oldest first, read page by page so a large register never sits whole in a query. */
export function allAgreements(ctx: Parameters<CliCommand['run']>[0]): AgreementExport[] {
  const result: AgreementExport[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listAgreements(ctx.db, { sort: 'signedOn', direction: 'asc', limit: 1000, offset });
    for (const row of page.rows) {
      result.push({
        id: row.id,
        city: row.cityName,
        country: row.country,
        countryName: countryName(row.country, 'en'),
        kind: row.kind,
        exclusive: row.exclusive,
        signedOn: row.signedOn,
        status: row.status,
        endedOn: row.endedOn,
        actions: row.actionCount,
      });
    }
    if (page.rows.length < 1000) return result;
  }
}

/** `agreements [--json]`: prints the register. */
export const agreementsCommand: CliCommand = {
  name: 'agreements',
  summary: 'Print every agreement (partner city, country, kind, signed date, status)',
  usage: 'agreements [--json] [--data-dir DIR]',
  options: { json: { type: 'boolean' } },
  run(ctx, values, io) {
    const rows = allAgreements(ctx);
    if (values.json) {
      io.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) {
      io.out('No agreements yet. Load the example with `npm run accords -- sample`.');
      return;
    }
    const width = Math.max(...rows.map((r) => r.city.length));
    for (const r of rows) {
      io.out(`${r.signedOn.padEnd(10)} ${r.city.padEnd(width)}  ${r.country}  ${r.kind}${r.exclusive ? ' (exclusive)' : ''}  ${r.status}`);
    }
    io.out(`${rows.length} agreement(s).`);
  },
};
