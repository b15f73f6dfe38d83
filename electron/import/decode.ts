import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1252';

/**
 * The encoding of a text file: a byte-order mark says it outright (UTF-8, UTF-16 LE or BE);
 * without one, UTF-16 shows as a zero byte in every other position of Latin text, UTF-8 is
 * taken when the bytes are strictly valid UTF-8, and anything else is read as Windows-1252 —
 * what French Excel writes when it saves "CSV (séparateur : point-virgule)".
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.6 && evenZeros === 0) return 'utf16le';
  if (half >= 2 && evenZeros > half * 0.6 && oddZeros === 0) return 'utf16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf8';
  } catch {
    return 'windows1252';
  }
}

/**
 * The text of a file in its detected encoding, without the byte-order mark. Windows-1252 is
 * decoded with iconv-lite: Node's own TextDecoder maps 0x80, 0x92 and 0x9C (€ ’ œ) wrongly.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text =
    encoding === 'utf8'
      ? buffer.toString('utf8')
      : iconv.decode(
          buffer,
          encoding === 'utf16le'
            ? 'utf-16le'
            : encoding === 'utf16be'
              ? 'utf-16be'
              : 'windows-1252',
        );
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
