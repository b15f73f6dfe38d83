import { Unzip, UnzipInflate, unzipSync, zipSync, type Zippable } from 'fflate';
import { importError } from './errors';
import { megabytes, type ImportLimits } from './limits';
import { checkAborted, yieldToLoop, type ReadControl } from './progress';

/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most about 1,000
 * times, so the count is checked at least every ~16 MB of output; the loop gets a turn every
 * 16 pushes.
 */
const PUSH_BYTES = 16 * 1024;
const PUSHES_PER_TURN = 16;

/** The refusal for a workbook that unpacks to more than the limit. */
const tooBig = (limits: ImportLimits) =>
  importError('zipTooBig', 'The workbook unpacks to more than the limit', {
    max: megabytes(limits.maxUnzippedBytes),
  });

/** The refusal for bytes that are no readable zip. */
export const damaged = (why: string) =>
  importError('xlsxDamaged', `Not a readable workbook: ${why}`, { why: why.slice(0, 200) });

/**
 * Step one against zip bombs: the central directory's declared sizes and entry count, read
 * before a single byte is inflated (fflate's `unzipSync` with a filter that declines every
 * entry reads the directory only).
 */
export function checkCentralDirectory(bytes: Uint8Array, limits: ImportLimits): void {
  let entries = 0;
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries += 1;
        declared += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  if (entries > limits.maxZipEntries)
    throw importError('zipTooManyEntries', 'Too many zip entries', {
      count: entries,
      max: limits.maxZipEntries,
    });
  if (declared > limits.maxUnzippedBytes) throw tooBig(limits);
}

/**
 * Step two: every part inflated in a stream that counts what comes out and stops at the cap,
 * since a hostile zip can declare small sizes and inflate to gigabytes. The parts are then
 * packed again without compression, so the workbook reader gets exactly the bytes that were
 * counted — never a part of the original it could inflate on its own.
 */
export async function unzipCapped(
  bytes: Uint8Array,
  limits: ImportLimits,
  control: ReadControl = {},
): Promise<Uint8Array> {
  checkCentralDirectory(bytes, limits);
  const files: Zippable = {};
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = damaged(error.message);
        return;
      }
      total += data.length;
      if (total > limits.maxUnzippedBytes) {
        failure = tooBig(limits);
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final && !file.name.endsWith('/')) files[file.name] = Buffer.concat(chunks);
    };
    file.start();
  };
  for (let offset = 0; offset < bytes.length; offset += PUSH_BYTES) {
    try {
      unzip.push(bytes.subarray(offset, offset + PUSH_BYTES), offset + PUSH_BYTES >= bytes.length);
    } catch (error) {
      failure ??= damaged(error instanceof Error ? error.message : String(error));
    }
    if (failure) throw failure;
    control.onProgress?.({
      phase: 'unzipping',
      done: Math.min(offset + PUSH_BYTES, bytes.length),
      total: bytes.length,
    });
    if ((offset / PUSH_BYTES) % PUSHES_PER_TURN === PUSHES_PER_TURN - 1) {
      await yieldToLoop();
      checkAborted(control.signal);
    }
  }
  return zipSync(files, { level: 0 });
}
