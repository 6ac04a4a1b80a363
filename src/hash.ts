// SHA-256 in hex, for content ids and stable entity and relation ids. Node's one-shot crypto.hash
// (Node >= 20.12) is a fraction of the cost of a Hash object per call, and resolution asks for a
// hash per relation: used where the running Node has it, else the Hash object (same digest).
import * as crypto from 'node:crypto';

const oneShot: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined = typeof crypto.hash === 'function' ? crypto.hash : undefined;

/** Hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
