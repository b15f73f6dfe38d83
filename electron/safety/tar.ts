import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * A small gzip'd tar (POSIX ustar, with pax `path`/`size` records for long or non-ASCII names
 * and files over 8 GiB) written and read with Node's built-ins only: the packages that do this
 * (tar, tar-stream) are only in node_modules as build-tool dependencies, not the app's. The
 * output opens with any tar (`tar -xzf`, Windows' bsdtar, 7-Zip). Only regular files and folders
 * are written or accepted; no links, no devices.
 */

const BLOCK = 512;

export interface TarEntry {
  path: string;
  type: 'file' | 'dir';
  size: number;
  mtime: Date;
}

/** Receives one file's content while the archive is read. */
export interface TarSink {
  write(chunk: Buffer): Promise<void> | void;
  end(): Promise<void> | void;
}

export interface TarWriter {
  /** Adds a file from disk; returns its size and SHA-256 as written. */
  addFile(path: string, source: string): Promise<{ size: number; sha256: string }>;
  addBuffer(path: string, data: Buffer, mtime?: Date): Promise<{ size: number; sha256: string }>;
  addDir(path: string, mtime?: Date): Promise<void>;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  // The length counts its own digits.
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function rawHeader(name: string, size: number, type: string, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(Math.max(0, Math.floor(mtime.getTime() / 1000)), 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(type, 156, 'ascii');
  block.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The header blocks of one entry: a pax header first when the name or size does not fit ustar. */
function headerBlocks(path: string, size: number, type: '0' | '5', mtime: Date): Buffer[] {
  const records: string[] = [];
  if (Buffer.byteLength(path) > 100 || !/^[\x20-\x7e]*$/.test(path))
    records.push(paxRecord('path', path));
  if (size > 0o77777777777) records.push(paxRecord('size', String(size)));
  const blocks: Buffer[] = [];
  if (records.length > 0) {
    const data = Buffer.from(records.join(''), 'utf8');
    blocks.push(rawHeader('PaxHeader', data.length, 'x', mtime), data, padding(data.length));
  }
  const shortName = path.replace(/[^\x20-\x7e]/g, '_').slice(0, 100);
  blocks.push(rawHeader(shortName, size > 0o77777777777 ? 0 : size, type, mtime));
  return blocks;
}

/**
 * Writes a .tar.gz: `produce` adds the entries in order; the end-of-archive blocks are added
 * after it. Backpressure is respected, so a large attachment never sits whole in memory.
 */
export async function writeTarGz(
  outFile: string,
  produce: (tar: TarWriter) => Promise<void>,
): Promise<void> {
  // Level 3: SQLite pages compress nearly as well as at the default 6, at twice the speed.
  const gzip = createGzip({ level: 3, chunkSize: 256 * 1024 });
  const done = pipeline(gzip, createWriteStream(outFile, { flags: 'wx' }));
  let failed: unknown = null;
  done.catch((error: unknown) => {
    failed = error;
  });
  const write = async (chunk: Buffer) => {
    if (failed) throw failed;
    if (chunk.length > 0 && !gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), done]);
  };
  const writer: TarWriter = {
    async addFile(path, source) {
      const stat = statSync(source);
      for (const block of headerBlocks(path, stat.size, '0', stat.mtime)) await write(block);
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of createReadStream(source, { highWaterMark: 1024 * 1024 })) {
        const buffer = chunk as Buffer;
        size += buffer.length;
        if (size > stat.size) break;
        hash.update(buffer);
        await write(buffer);
      }
      if (size !== stat.size) throw new Error(`${source} changed while it was being archived`);
      await write(padding(size));
      return { size, sha256: hash.digest('hex') };
    },
    async addBuffer(path, data, mtime = new Date()) {
      for (const block of headerBlocks(path, data.length, '0', mtime)) await write(block);
      await write(data);
      await write(padding(data.length));
      return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    },
    async addDir(path, mtime = new Date()) {
      for (const block of headerBlocks(path.endsWith('/') ? path : `${path}/`, 0, '5', mtime))
        await write(block);
    },
  };
  try {
    await produce(writer);
    await write(Buffer.alloc(2 * BLOCK));
    gzip.end();
    await done;
  } catch (error) {
    gzip.destroy();
    await done.catch(() => undefined);
    throw error;
  }
}

function readString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readNumber(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if ((field[0]! & 0x80) !== 0) {
    // GNU base-256 for large values.
    let value = field[0]! & 0x7f;
    for (let i = 1; i < length; i += 1) value = value * 256 + field[i]!;
    return value;
  }
  const text = readString(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function parsePax(data: Buffer): Record<string, string> {
  const result: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (space === -1 || !Number.isInteger(length) || length <= 0)
      throw new Error('malformed pax header');
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    result[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return result;
}

/** Caps on what one archive may unpack to: a gzip bomb stops at the first byte past them. */
export interface TarLimits {
  /** Decompressed bytes in all (headers, contents, anything after the end marker). */
  maxBytes: number;
  /** Headers in all (files, folders, pax records). */
  maxEntries: number;
}

/** A cap of `TarLimits` passed: `decompressed` says how far reading went before it stopped. */
export class TarLimitError extends Error {
  constructor(
    readonly limit: 'bytes' | 'entries',
    readonly decompressed: number,
  ) {
    super(
      limit === 'bytes'
        ? `it unpacks to more than the allowed size (stopped after ${decompressed} bytes)`
        : 'it holds more entries than allowed',
    );
    this.name = 'TarLimitError';
  }
}

/** A pax record larger than this is not a path or a size: refused rather than held in memory. */
const MAX_PAX_BYTES = 1024 * 1024;

/**
 * Reads a .tar.gz entry by entry. `onEntry` returns where a file's bytes go (or null to skip
 * them). Throws on a damaged or truncated archive, a bad header checksum, or an entry that is
 * neither a file nor a folder; with `limits`, a `TarLimitError` as soon as a cap is passed — an
 * entry whose stated size would pass it is refused before any of its bytes reach its sink.
 */
export async function readTarGz(
  file: string,
  onEntry: (entry: TarEntry) => Promise<TarSink | null> | TarSink | null,
  limits: TarLimits = { maxBytes: Number.POSITIVE_INFINITY, maxEntries: Number.POSITIVE_INFINITY },
): Promise<void> {
  const source = createReadStream(file, { highWaterMark: 1024 * 1024 });
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);

  let buffer: Buffer = Buffer.alloc(0);
  let ended = false;
  let pax: Record<string, string> = {};
  // What the bytes after a header are for.
  let body: {
    remaining: number;
    pad: number;
    sink: TarSink | null;
    collect: Buffer[] | null;
  } | null = null;

  let decompressed = 0;
  let entries = 0;
  let promised = 0;
  const stop = (error: TarLimitError): never => {
    gunzip.destroy();
    source.destroy();
    throw error;
  };

  for await (const chunk of gunzip) {
    decompressed += (chunk as Buffer).length;
    if (decompressed > limits.maxBytes) stop(new TarLimitError('bytes', decompressed));
    buffer = buffer.length === 0 ? (chunk as Buffer) : Buffer.concat([buffer, chunk as Buffer]);
    for (;;) {
      if (ended) {
        buffer = Buffer.alloc(0);
        break;
      }
      if (body) {
        const take = Math.min(body.remaining, buffer.length);
        if (take > 0) {
          const part = buffer.subarray(0, take);
          if (body.collect) body.collect.push(Buffer.from(part));
          else if (body.sink) await body.sink.write(part);
          body.remaining -= take;
          buffer = buffer.subarray(take);
        }
        if (body.remaining > 0) break;
        if (buffer.length < body.pad) break;
        buffer = buffer.subarray(body.pad);
        if (body.collect) pax = { ...pax, ...parsePax(Buffer.concat(body.collect)) };
        else await body.sink?.end();
        body = null;
        continue;
      }
      if (buffer.length < BLOCK) break;
      const block = buffer.subarray(0, BLOCK);
      buffer = buffer.subarray(BLOCK);
      if (block.every((byte) => byte === 0)) {
        ended = true;
        continue;
      }
      let sum = 0;
      for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
      if (sum !== readNumber(block, 148, 8))
        throw new Error('damaged archive: a header checksum does not match');
      const type = String.fromCharCode(block[156]!);
      let size = readNumber(block, 124, 12);
      const pad = (BLOCK - (size % BLOCK)) % BLOCK;
      entries += 1;
      if (entries > limits.maxEntries) stop(new TarLimitError('entries', decompressed));
      if (type === 'x' && size > MAX_PAX_BYTES) throw new Error('malformed pax header (too large)');
      if (type === 'x' || type === 'g') {
        // Global pax headers ('g') carry nothing Accords needs: their bytes are skipped.
        body = { remaining: size, pad, sink: null, collect: type === 'x' ? [] : null };
        continue;
      }
      const prefix = readString(block, 257, 6) === 'ustar' ? readString(block, 345, 155) : '';
      let path = prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100);
      if (pax.path !== undefined) path = pax.path;
      if (pax.size !== undefined) size = Number(pax.size);
      pax = {};
      if (type !== '0' && type !== '\0' && type !== '5')
        throw new Error(`unsupported archive entry "${path}" (type ${type})`);
      const entry: TarEntry = {
        path,
        type: type === '5' ? 'dir' : 'file',
        size: type === '5' ? 0 : size,
        mtime: new Date(readNumber(block, 136, 12) * 1000),
      };
      // Stated sizes add up: the entry that would pass the cap is refused before it is written.
      promised += entry.size;
      if (!Number.isFinite(entry.size) || promised > limits.maxBytes)
        stop(new TarLimitError('bytes', decompressed));
      const sink = await onEntry(entry);
      body = {
        remaining: entry.size,
        pad: (BLOCK - (entry.size % BLOCK)) % BLOCK,
        sink,
        collect: null,
      };
    }
  }
  if (!ended || body) throw new Error('truncated archive');
}
