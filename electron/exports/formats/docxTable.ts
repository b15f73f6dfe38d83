import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
import type { Cell } from '../../../shared/reports/document';
import { formatCell } from '../../../shared/reports/formatCell';
import type { Progress } from '../../core/progress';
import { displayText, isNumeric } from './cells';
import { DOCX_PAGE, sectionBreakXml } from './docxLayout';
import { blockRows, kindAt, type Block } from './tabular';
import { put, type ExportSink } from '../sink';

/**
 * DOCX tables written as WordprocessingML text rather than as docx objects: the docx package
 * keeps about ten objects per cell and then a second tree to serialise them, which runs out of
 * memory past some ten thousand rows. The document is built by docx with one marker paragraph
 * per table, and each marker is then replaced by its table's XML.
 */

const HEADER_FILL = 'E8ECF2';
const BORDER = '<w:%s w:val="single" w:sz="4" w:space="0" w:color="A7B1BC"/>';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => BORDER.replace('%s', side))
  .join('');

/** The marker paragraph's text of table `index`. */
export function tableMarker(index: number): string {
  return `ACCORDS-TABLE-${index}-MARKER`;
}

// What XML 1.0 cannot carry at all: most control characters, U+FFFE/U+FFFF, lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cellXml(
  text: string,
  width: number,
  options: { bold: boolean; right: boolean; fill: boolean; size: number },
): string {
  const shade = options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/>` : '';
  const paragraph = options.right ? '<w:pPr><w:jc w:val="right"/></w:pPr>' : '';
  const size =
    options.size === 21 ? '' : `<w:sz w:val="${options.size}"/><w:szCs w:val="${options.size}"/>`;
  const bold = options.bold ? '<w:b/><w:bCs/>' : '';
  const run = bold || size ? `<w:rPr>${bold}${size}</w:rPr>` : '';
  const lines = displayText(text)
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('<w:br/>');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr><w:p>${paragraph}<w:r>${run}${lines}</w:r></w:p></w:tc>`;
}

/**
 * Rows per piece of a table's XML handed to the zip: a piece of a few tens of kilobytes dies
 * young, where a string of a megabyte or more is made in V8's large-object space and stays
 * there, garbage, until a full collection (on the 100,000-row list, 100 MB of them).
 */
const ROWS_PER_PIECE = 25;

/**
 * One table as WordprocessingML, in pieces (its grid and header, then a few hundred rows at a
 * time, then its end), so a 100,000-row table is never one string: a paged list is read as it
 * is written. The header row repeats on every page; totals bold.
 */
export async function* tableXml(
  block: Block,
  plan: { columns: number[]; widths: number[]; size: number },
  lang: string,
  progress: Progress,
): AsyncIterable<string> {
  const { columns, widths, size } = plan;
  const total = widths.reduce((a, b) => a + b, 0);
  yield [
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>',
    ...columns.map((c, i) =>
      cellXml(block.columns[c]?.label ?? '', widths[i] ?? 0, {
        bold: true,
        right: false,
        fill: true,
        size,
      }),
    ),
    '</w:tr>',
  ].join('');
  const row = (cells: Cell[], index: number, bold: boolean) => {
    const xml = columns.map((c, i) => {
      const cell = cells[c] ?? null;
      const kind = kindAt(block, index, c);
      const right =
        kind !== 'text' && kind !== 'date' && isNumeric(cell, block.columns[c]?.kind ?? 'text');
      return cellXml(formatCell(cell, kind, lang), widths[i] ?? 0, {
        bold,
        right,
        fill: bold,
        size,
      });
    });
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${xml.join('')}</w:tr>`;
  };
  let piece: string[] = [];
  for (const [cells, index] of blockRows(block)) {
    piece.push(row(cells, index, false));
    if (piece.length >= ROWS_PER_PIECE) {
      yield piece.join('');
      piece = [];
    }
    await progress.tick();
  }
  if (block.totals) {
    piece.push(row(block.totals, -1, true));
    await progress.tick();
  }
  piece.push('</w:tbl>');
  yield piece.join('');
}

/**
 * Writes the packed document into `out` with each marker paragraph replaced by its table and
 * each section marker by the paragraph that ends a section of that orientation (carrying the
 * document's footer, which a section without one would not show). The zip is made as it is
 * written: the tables' XML goes through the deflater piece by piece, never held whole.
 */
export async function insertTables(
  docx: Buffer,
  tables: (() => AsyncIterable<string>)[],
  out: ExportSink,
  endsLandscape = false,
): Promise<void> {
  const files = unzipSync(docx);
  const name = 'word/document.xml';
  const xml = strFromU8(files[name] ?? new Uint8Array());
  const paragraph = /<w:p>(?:(?!<\/w:p>).)*?ACCORDS-TABLE-(\d+)-MARKER(?:(?!<\/w:p>).)*?<\/w:p>/gs;
  const footer = /<w:footerReference [^>]*\/>/.exec(xml)?.[0] ?? '';
  const section =
    /<w:p>(?:(?!<\/w:p>).)*?ACCORDS-SECTION-(LANDSCAPE|PORTRAIT)-MARKER(?:(?!<\/w:p>).)*?<\/w:p>/gs;
  let replaced = xml.replace(section, (_, orientation: string) =>
    sectionBreakXml(orientation === 'LANDSCAPE').replace('<w:sectPr>', `<w:sectPr>${footer}`),
  );
  if (endsLandscape) {
    // The body's own (last) section: its page turned.
    const last = replaced.lastIndexOf('<w:pgSz ');
    const end = replaced.indexOf('/>', last) + 2;
    const { width, height } = DOCX_PAGE;
    replaced = `${replaced.slice(0, last)}<w:pgSz w:w="${height}" w:h="${width}" w:orient="landscape"/>${replaced.slice(end)}`;
  }
  // The text between markers, and which table each marker stands for.
  const between: string[] = [];
  const order: number[] = [];
  let from = 0;
  for (const match of replaced.matchAll(paragraph)) {
    between.push(replaced.slice(from, match.index));
    order.push(Number(match[1]));
    from = match.index + match[0].length;
  }
  between.push(replaced.slice(from));

  const zip = streamingZip(out);
  for (const [path, bytes] of Object.entries(files)) {
    const entry = zip.entry(path);
    if (path !== name) {
      await entry.push(bytes, true);
      continue;
    }
    for (let i = 0; i < between.length; i += 1) {
      await entry.push(strToU8(between[i] ?? ''), false);
      const table = tables[order[i] ?? -1];
      if (i < order.length && table) for await (const piece of table()) await entry.push(strToU8(piece), false);
    }
    await entry.push(new Uint8Array(), true);
  }
  await zip.end();
}

/**
 * A zip entry deflated by Node's zlib rather than fflate's JavaScript deflater (which took half
 * the time of a 100,000-row DOCX). Each piece is compressed on its own and ends on a sync
 * flush, so the pieces follow one another as one deflate stream; the last one ends it.
 */
class NativeDeflate extends ZipPassThrough {
  private sum = 0;
  /** Pieces waiting to be compressed together (small ones compress poorly on their own). */
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    this.sum = crc32(chunk, this.sum);
    this.size += chunk.length;
    this.waiting.push(chunk);
    this.waitingBytes += chunk.length;
    // fflate's zip takes an entry's data whenever it comes: nothing yet is fine.
    if (!final && this.waitingBytes < DEFLATE_PIECE) return;
    if (final) this.crc = this.sum;
    const data = this.waiting.length === 1 ? this.waiting[0]! : Buffer.concat(this.waiting);
    this.waiting = [];
    this.waitingBytes = 0;
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(data, { level: 6, finishFlush: flush }), final);
  }
}

/** Bytes compressed at once by `NativeDeflate`. */
const DEFLATE_PIECE = 256 * 1024;

/** A zip written into `out` as entries are pushed, each deflated; pushes wait for the sink. */
function streamingZip(out: ExportSink) {
  let failure: Error | null = null;
  let pending: Uint8Array[] = [];
  let ended: () => void = () => {};
  const done = new Promise<void>((resolve) => (ended = resolve));
  const zip = new Zip((error, data, final) => {
    if (error) failure = error;
    else pending.push(data);
    if (final) ended();
  });
  const flush = async () => {
    if (failure) throw failure;
    const chunks = pending;
    pending = [];
    for (const chunk of chunks) await put(out, chunk);
  };
  return {
    entry(path: string) {
      const file = new NativeDeflate(path);
      zip.add(file);
      return {
        async push(bytes: Uint8Array, last: boolean) {
          file.push(bytes, last);
          await flush();
        },
      };
    },
    async end() {
      zip.end();
      await done;
      await flush();
    },
  };
}
