/** One chunk sent to main: the file's name, its bytes as base64, whether it is the last. */
export interface UploadChunk {
  uploadId?: string;
  name: string;
  chunkBase64: string;
  last: boolean;
}

/** What main answers to a chunk: the id to send the next chunk with. */
export interface UploadAnswer {
  fileId: string;
}

/** Bytes as base64, built in slices so a 4 MB chunk never spreads into one call's arguments. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const SLICE = 0x8000;
  for (let at = 0; at < bytes.length; at += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  }
  return btoa(binary);
}

/**
 * Sends a file to main in chunks of `chunkBytes`, one after the other (the next chunk needs
 * the id the first answer gives), reporting the share sent (0–1) after each. An empty file is
 * sent as one empty last chunk, so main says it is empty. Stops between chunks once `signal`
 * is aborted (the rejection is the signal's reason).
 */
export async function uploadFile(
  file: Blob & { name: string },
  chunkBytes: number,
  send: (chunk: UploadChunk) => Promise<UploadAnswer>,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  let uploadId: string | undefined;
  let at = 0;
  do {
    signal?.throwIfAborted();
    const end = Math.min(file.size, at + chunkBytes);
    const bytes = new Uint8Array(await file.slice(at, end).arrayBuffer());
    const answer = await send({
      ...(uploadId ? { uploadId } : {}),
      name: file.name,
      chunkBase64: bytesToBase64(bytes),
      last: end >= file.size,
    });
    uploadId = answer.fileId;
    at = end;
    onProgress(file.size === 0 ? 1 : at / file.size);
  } while (at < file.size);
  return uploadId;
}

/** True when a file's name says it is a spreadsheet the import reads. */
export function isSpreadsheetName(name: string): boolean {
  return /\.(csv|txt|tsv|xlsx)$/i.test(name);
}
