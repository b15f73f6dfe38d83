import { once, type EventEmitter } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type { Progress } from '../core/progress';

/**
 * Where a format writer puts a file's bytes as it makes them: the temporary file of a file
 * export, or memory for a download. Writers push pieces with `put` (which waits while the
 * file is behind, so a 100,000-row export never piles up in memory) or pipe a stream into it.
 */
export type ExportSink = Writable;

/** Writes one piece, waiting for the sink to drain when its buffer is full. */
export async function put(out: ExportSink, chunk: string | Uint8Array): Promise<void> {
  if (out.write(chunk)) return;
  await once(out, 'drain');
}

/**
 * `progress` for a writer that pushes into `out` without waiting (pdfkit, exceljs: their bytes
 * come out of a synchronous call): each tick first waits while `out` holds more than its
 * buffer's worth (and for the stage `behind` names, one that feeds `out` and is full), so the file is written as fast as it is made instead of piling up in
 * memory behind a busy event loop (on a 3,700-page PDF, 200 MB of pages waiting for the disk).
 */
export function pacedBy(
  out: ExportSink,
  progress: Progress,
  behind: () => EventEmitter | undefined = () => undefined,
): Progress {
  return {
    phase: (phase, total) => progress.phase(phase, total),
    check: () => progress.check(),
    async tick(n) {
      // A stage before `out` (a zip's deflater) may be the one behind: its drain is awaited too.
      const stage = behind();
      if (stage) await once(stage, 'drain');
      if (out.writableNeedDrain) await once(out, 'drain');
      await progress.tick(n);
    },
  };
}

/**
 * Ends `out` unless its writer did (a zip or a PDF ends the stream it is piped into) and
 * resolves once every byte was handed to the file ('finish'; the file itself stays open for
 * its flush, so 'close' is not awaited).
 */
export function allWritten(out: ExportSink): Promise<void> {
  if (out.writableFinished) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    out.once('error', failed);
    out.once('finish', () => {
      out.off('error', failed);
      resolve();
    });
    if (!out.writableEnded) out.end();
  });
}

/** A sink that keeps what is written: a download's bytes, a test's file. */
export function memorySink(): { sink: ExportSink; bytes: () => Promise<Buffer> } {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    sink.on('end', () => resolve(Buffer.concat(chunks)));
    sink.on('error', reject);
  });
  return {
    sink,
    bytes: () => {
      if (!sink.writableEnded) sink.end();
      return ended;
    },
  };
}
