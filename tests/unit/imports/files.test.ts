import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../helpers/tempData';
import { importBytes, windows1252Csv } from './helpers';

/** The same small register, written the ways offices save files. */
const HEADER = 'Ville partenaire;Pays;Type d’accord;Date de signature;Statut;Notes';
const ROWS = [
  'Copenhague;Danemark;Accord d’amitié et de coopération;12/03/2005;Actif;Budget 12 500,00 € – « Œuvre » coûteuse',
  'Québec;Canada;Jumelage;04/2006;En sommeil;',
];

/** What the register holds after an import, without ids and dates of the day. */
function register(db: Database.Database) {
  return db
    .prepare(
      `SELECT c.name, c.country, a.kind, a.exclusive, a.signed_on AS signedOn, a.status, a.notes
       FROM agreements a JOIN cities c ON c.id = a.city_id ORDER BY a.signed_on`,
    )
    .all();
}

const EXPECTED = [
  {
    name: 'Copenhague',
    country: 'DK',
    kind: 'friendship_cooperation',
    exclusive: 0,
    signedOn: '2005-03-12',
    status: 'active',
    notes: 'Budget 12 500,00 € – « Œuvre » coûteuse',
  },
  {
    name: 'Québec',
    country: 'CA',
    kind: 'twinning',
    exclusive: 0,
    signedOn: '2006-04',
    status: 'dormant',
    notes: '',
  },
];

describe('the same register from every kind of file', () => {
  const files: [string, () => Uint8Array | Promise<Uint8Array>][] = [
    ['Windows-1252 with ; and CRLF', () => windows1252Csv([HEADER, ...ROWS])],
    ['UTF-8 with a BOM', () => Buffer.from(`\ufeff${[HEADER, ...ROWS].join('\n')}\n`, 'utf8')],
    [
      'UTF-16 LE with a BOM and tabs',
      () =>
        iconv.encode([HEADER, ...ROWS].join('\r\n').replace(/;/g, '\t'), 'utf16le', {
          addBOM: true,
        }),
    ],
    [
      'UTF-8 with commas and quotes',
      () =>
        Buffer.from(
          [HEADER, ...ROWS]
            .map((line) =>
              line
                .split(';')
                .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
                .join(','),
            )
            .join('\n'),
          'utf8',
        ),
    ],
  ];
  for (const [name, make] of files) {
    it(name, async () => {
      const { db, ctx } = tempDatabase();
      const { result } = await importBytes(ctx, await make());
      expect(result.errors).toEqual([]);
      expect(register(db)).toEqual(EXPECTED);
    });
  }

  it('an XLSX with title rows, a partner merged over two rows, date cells and a bare serial (1904 system)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Registre');
    sheet.getCell('A1').value = 'Registre des partenariats';
    sheet.mergeCells('A1:E1');
    sheet.getCell('A2').value = 'Mis à jour le 01/12/2024';
    sheet.addRow([]);
    sheet.getRow(4).values = [
      'Ville partenaire',
      'Pays',
      'Type d’accord',
      'Date de signature',
      'Statut',
    ];
    sheet.getRow(5).values = [
      'Rome',
      'Italie',
      'Jumelage exclusif',
      new Date(Date.UTC(1956, 0, 30)),
      'Actif',
    ];
    sheet.getCell('D5').numFmt = 'dd/mm/yyyy';
    sheet.getRow(6).values = [null, 'Italie', 'Pacte d’amitié', 37_357, 'Actif'];
    sheet.mergeCells('A5:A6');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { db, ctx } = tempDatabase();
    const { result } = await importBytes(ctx, bytes);
    expect(result.errors).toEqual([]);
    expect(result.byEntity.city).toEqual({ created: 1, updated: 0, skipped: 1 });
    const rows = register(db).map(
      (r) => ({ ...(r as object) }) as { name: string; signedOn: string; exclusive: number },
    );
    // 37,357 days after 1 January 1904 is 12 April 2006.
    expect(rows.map((r) => [r.name, r.signedOn, r.exclusive])).toEqual([
      ['Rome', '1956-01-30', 1],
      ['Rome', '2006-04-12', 0],
    ]);
  });
});
