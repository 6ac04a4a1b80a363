// Bytes -> text. Knows byte-order marks, UTF-8, UTF-16 and Windows-1252, and tells text from binary.
import type { Message } from '../model/types';
import type { FileSignature } from './knowledge';
import { ingestMessage } from './messages';

export type Decoded = { text: string; encoding: string; warnings: Message[] } | { fatal: Message };

/** Above this share of control characters a file is binary, not text with a few stray bytes. */
const MAX_CONTROL_RATIO = 0.01;
/** A single-byte text has some accented letters; random binary has about half its bytes >= 0x80. */
const MAX_HIGH_BYTE_RATIO = 0.3;
const UTF16_SAMPLE_BYTES = 4096;

export function decodeBytes(file: string, bytes: Buffer, signatures: readonly FileSignature[]): Decoded {
  if (bytes.length === 0) return { fatal: ingestMessage(file, 'fatal', 'empty', 'the file is empty (0 bytes)') };

  const withBom = decodeWithByteOrderMark(bytes);
  if (withBom) return checkText(file, withBom.text, withBom.encoding, []);

  const signature = matchSignature(bytes, signatures);
  if (signature?.decisive) return binary(file, `it looks like a ${signature.name}`);

  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) {
    const warning = ingestMessage(
      file,
      'warning',
      'encoding-guessed',
      `no byte-order mark; decoded as ${utf16.toUpperCase()} from the pattern of zero bytes`,
    );
    return checkText(file, new TextDecoder(utf16).decode(bytes), utf16, [warning]);
  }

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const what = signature ? `it looks like a ${signature.name}` : `it contains a NUL byte at offset ${nul}`;
    return binary(file, what);
  }

  const invalid = findInvalidUtf8(bytes);
  if (invalid.count === 0) return checkText(file, new TextDecoder('utf-8').decode(bytes), 'utf-8', []);

  if (highByteRatio(bytes) > MAX_HIGH_BYTE_RATIO) {
    const why = `${invalid.count} bytes are not valid UTF-8, and too many bytes are outside ASCII for Windows-1252 text (if it is text in another encoding, save it as UTF-8)`;
    return binary(file, why);
  }
  const warning = ingestMessage(
    file,
    'warning',
    'encoding-fallback',
    `${invalid.count} byte(s) are not valid UTF-8 (first at offset ${invalid.first}); decoded them as Windows-1252 — check accented letters and quotes, or save the file as UTF-8`,
  );
  return checkText(file, decodeUtf8WithWindows1252Fallback(bytes), 'utf-8+windows-1252', [warning]);
}

function decodeWithByteOrderMark(bytes: Buffer): { text: string; encoding: string } | undefined {
  const starts = (...bom: number[]): boolean => bom.every((b, i) => bytes[i] === b);
  // TextDecoder strips the mark itself (ignoreBOM is false by default).
  if (starts(0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (starts(0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (starts(0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  return undefined;
}

function matchSignature(bytes: Buffer, signatures: readonly FileSignature[]): FileSignature | undefined {
  return signatures.find(
    (s) => bytes.length >= s.offset + s.bytes.length && bytes.subarray(s.offset, s.offset + s.bytes.length).equals(s.bytes),
  );
}

/** ASCII-heavy UTF-16 has a zero byte in every other position: odd ones for LE, even ones for BE. */
function guessUtf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros / pairs > 0.7 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.7 && oddZeros / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function highByteRatio(bytes: Buffer): number {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  return high / bytes.length;
}

/** Length of the valid UTF-8 sequence starting at i, or 0 if the byte there does not start one. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const cont = (k: number, min = 0x80, max = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= min && b <= max;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  // The second byte's range excludes overlong forms and UTF-16 surrogates.
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

export function findInvalidUtf8(bytes: Buffer): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (first < 0) first = i;
    count++;
    i++;
  }
  return { count, first };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F. Spelled out because Node's TextDecoder
 * decodes the 'windows-1252' label as Latin-1 there (0x93 -> U+0093 instead of the curly quote).
 * The five unassigned bytes stay C1 controls, as in the WHATWG encoding standard.
 */
const WINDOWS_1252_HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const WINDOWS_1252 = Array.from({ length: 256 }, (_, b) =>
  String.fromCharCode(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH_CONTROLS[b - 0x80] : b),
);

/**
 * Valid UTF-8 sequences stay UTF-8 and every other byte is read as Windows-1252. A pure
 * Windows-1252 file decodes as such, and a UTF-8 file with a few pasted Windows-1252 bytes keeps
 * its curly quotes instead of turning them into "â€œ".
 */
function decodeUtf8WithWindows1252Fallback(bytes: Buffer): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(bytes.toString('utf8', runStart, i), WINDOWS_1252[bytes[i]]);
    i++;
    runStart = i;
  }
  parts.push(bytes.toString('utf8', runStart));
  return parts.join('');
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

function checkText(file: string, text: string, encoding: string, warnings: Message[]): Decoded {
  if (text.includes('\u0000')) return binary(file, `it contains NUL characters after decoding as ${encoding}`);
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_RATIO) {
    return binary(file, `${controls} of its ${text.length} characters are control characters`);
  }
  return { text, encoding, warnings };
}

function binary(file: string, why: string): Decoded {
  return { fatal: ingestMessage(file, 'fatal', 'binary', `not a text file: ${why}`) };
}
