import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** The header of the generated French register. */
export const REGISTER_HEADERS = [
  'Ville partenaire',
  'Pays',
  'Date de signature',
  "Type d'accord",
  'Statut',
  'Thématiques',
  'Budget',
  'Observations',
];

const CITIES = [
  ['Rome', 'Italie'],
  ['Copenhague', 'Danemark'],
  ['Tbilissi', 'Géorgie'],
  ['Montréal', 'Canada'],
  ['Sanaa', 'Yémen'],
  ['Kyoto', 'Japon'],
  ['Saint-Étienne', 'France'],
] as const;
const KINDS = [
  'Jumelage',
  'Pacte d’amitié',
  "Accord d'amitié et de coopération",
  "Protocole d'accord",
];
const STATUSES = ['Actif', 'En sommeil', 'Terminé'];

/** Row `i` of the register (0-based): the same values for the CSV and the XLSX. */
export function registerRow(i: number): { cells: string[]; day: Date } {
  const [city, country] = CITIES[i % CITIES.length]!;
  const day = new Date(Date.UTC(1950 + (i % 70), i % 12, 1 + (i % 28)));
  const dd = String(day.getUTCDate()).padStart(2, '0');
  const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
  return {
    day,
    cells: [
      `${city} ${i}`,
      country,
      `${dd}/${mm}/${day.getUTCFullYear()}`,
      KINDS[i % KINDS.length]!,
      STATUSES[i % STATUSES.length]!,
      i % 2 === 0 ? 'Patrimoine; Culture' : 'Culture',
      `${(i % 900) + 100} ${String(i % 1000).padStart(3, '0')},50 €`,
      `Œuvre « commune » n° ${i}`,
    ],
  };
}

/** A French register of `rows` agreements as French Excel saves a CSV: Windows-1252, `;`. */
export function frenchRegisterCsv(rows: number): Buffer {
  const lines = ['Registre des partenariats internationaux', '', REGISTER_HEADERS.join(';')];
  // Quoted as Excel quotes: a cell holding the separator, a quote or a line break.
  const quote = (cell: string) =>
    /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  for (let i = 0; i < rows; i += 1) lines.push(registerRow(i).cells.map(quote).join(';'));
  return iconv.encode(lines.join('\r\n'), 'windows-1252');
}

/** The same register as an XLSX file (dates as date cells), written with exceljs' streaming writer. */
export async function frenchRegisterXlsx(rows: number, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Registre');
  sheet.addRow(['Registre des partenariats internationaux']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(REGISTER_HEADERS).commit();
  for (let i = 0; i < rows; i += 1) {
    const { cells, day } = registerRow(i);
    const row = sheet.addRow([cells[0], cells[1], day, ...cells.slice(3)]);
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
