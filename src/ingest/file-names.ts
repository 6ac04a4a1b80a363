// File names are bytes (issue 13). Linux allows any bytes but "/" and NUL in a name, and Node
// turns a name that is not UTF-8 into U+FFFD when it reads a folder as strings: the file can then
// no longer be opened ("not found"). Names are kept as strings here the way Python does it
// ("surrogateescape"): each byte that is not part of valid UTF-8 becomes a lone surrogate
// U+DC80..U+DCFF, which no valid UTF-8 name can contain. fsPath() turns such a string back into
// the exact bytes for fs calls; printableName() shows it (and control characters) escaped, so a
// name can neither garble a terminal nor forge a line of output.

/** Bytes of a name (or path) as a string, invalid UTF-8 bytes as lone surrogates U+DC80..U+DCFF. */
export function nameFromBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      out += String.fromCharCode(0xdc00 + (bytes[i] as number));
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + length)).toString('utf8');
      i += length;
    }
  }
  return out;
}

/** Length of the valid UTF-8 sequence at `i` (1-4), or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number): boolean => i + k < bytes.length && ((bytes[i + k] as number) & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if (!cont(1) || !cont(2)) return 0;
    if (b0 === 0xe0 && b1 < 0xa0) return 0; // overlong
    if (b0 === 0xed && b1 >= 0xa0) return 0; // a surrogate: not valid UTF-8
    return 3;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

const ESCAPED_BYTE = /[\udc80-\udcff]/;

/** The path for fs calls: the string itself, or its exact bytes when it holds escaped ones. */
export function fsPath(path: string): string | Buffer {
  if (!ESCAPED_BYTE.test(path)) return path;
  const parts: Buffer[] = [];
  for (let i = 0; i < path.length; i++) {
    const unit = path.charCodeAt(i);
    if (unit >= 0xdc80 && unit <= 0xdcff && !(i > 0 && isHighSurrogate(path.charCodeAt(i - 1)))) parts.push(Buffer.from([unit - 0xdc00]));
    else if (isHighSurrogate(unit) && i + 1 < path.length) {
      parts.push(Buffer.from(path.slice(i, i + 2), 'utf8'));
      i++;
    } else parts.push(Buffer.from(path[i] as string, 'utf8'));
  }
  return Buffer.concat(parts);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/**
 * A name or message as one printable line: escaped bytes as \xNN, control characters (newlines,
 * ANSI escape sequences, DEL, C1) and bidirectional overrides as \n, \r, \t, \xNN or \uNNNN.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\udc80-\udcff]/g, (c) => {
    const unit = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    if (unit >= 0xdc80 && unit <= 0xdcff) return `\\x${(unit - 0xdc00).toString(16)}`;
    if (unit < 0x100) return `\\x${unit.toString(16).padStart(2, '0')}`;
    return `\\u${unit.toString(16).padStart(4, '0')}`;
  });
}
