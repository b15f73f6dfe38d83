import { describe, expect, it } from 'vitest';
import { bytesToBase64, isSpreadsheetName, uploadFile, type UploadChunk } from './uploadFile';

/** A File-like blob, as the file input gives. */
const fileOf = (bytes: Uint8Array<ArrayBuffer>, name = 'registre.csv') =>
  Object.assign(new Blob([bytes]), { name });

/** Base64 back to bytes, the way the browser reads it. */
const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** A main that keeps the chunks it receives and answers one id. */
function fakeMain() {
  const received: UploadChunk[] = [];
  return {
    received,
    send: (chunk: UploadChunk) => {
      received.push(chunk);
      return Promise.resolve({ fileId: 'f1' });
    },
  };
}

describe('uploadFile', () => {
  it('sends the file in chunks whose bytes, joined, are the file, the id on every chunk after the first', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => (i * 7) % 256);
    const main = fakeMain();
    const shares: number[] = [];
    const id = await uploadFile(fileOf(bytes), 4096, main.send, (s) => shares.push(s));
    expect(id).toBe('f1');
    expect(main.received.map((c) => [c.uploadId, c.last])).toEqual([
      [undefined, false],
      ['f1', false],
      ['f1', true],
    ]);
    const joined = main.received.flatMap((c) => [...decode(c.chunkBase64)]);
    expect(new Uint8Array(joined)).toEqual(bytes);
    expect(shares).toEqual([4096 / 10_000, 8192 / 10_000, 1]);
  });

  it('sends an empty file as one empty last chunk, so main can say it is empty', async () => {
    const main = fakeMain();
    await uploadFile(fileOf(new Uint8Array(0)), 4096, main.send, () => undefined);
    expect(main.received).toEqual([{ name: 'registre.csv', chunkBase64: '', last: true }]);
  });

  it('stops between chunks once cancelled', async () => {
    const controller = new AbortController();
    const main = fakeMain();
    const sending = uploadFile(
      fileOf(new Uint8Array(10_000)),
      4096,
      (chunk) => {
        controller.abort(new Error('stopped'));
        return main.send(chunk);
      },
      () => undefined,
      controller.signal,
    );
    await expect(sending).rejects.toThrow('stopped');
    expect(main.received).toHaveLength(1);
  });

  it('encodes bytes as base64 that decodes to the same bytes, past the slice size', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(decode(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('Montréal;€'))).toBe('TW9udHLDqWFsO+KCrA==');
  });

  it('knows the spreadsheet names it reads', () => {
    expect(['a.csv', 'B.XLSX', 'c.txt', 'd.tsv'].every(isSpreadsheetName)).toBe(true);
    expect(['e.xls', 'f.pdf', 'csv'].some(isSpreadsheetName)).toBe(false);
  });
});
