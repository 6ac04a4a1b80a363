// Person-name keys that survive spelling variants and transliterations:
// Sergey/Sergei, Zelensky/Zelenskyy/Zelenskiy, Dmitry/Dmitri, António/Antonio.
import { createHash } from 'node:crypto';
import { remembered } from '../memo';
import { withoutPossessive } from '../lang/en/morphology';
import { functionWords } from '../knowledge/words';

const HONORIFICS = functionWords('nameHonorifics');

// Resolution asks for the keys of the same few thousand names over and over: each key is remembered.
const plain = remembered((text) => withoutPossessive(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));

/** One word's key: accents off, transliteration endings folded (-y, -yy, -iy, -i -> i). */
export const wordKey = remembered((word) => plain(word).replace(/[^a-z]/g, '').replace(/(iy|yy|ii|y|i)$/, 'i').replace(/(.)\1/g, '$1'));

/** Regnal numbers and generations say which one, not who: "Pope Leo XIV" is "Leo", "Jr." goes. */
const SUFFIXES = /^(?:[IVX]{1,5}|Jr|Sr|Jnr|Snr)\.?$/;

export function nameWords(name: string): string[] {
  return name
    .split(/[\s]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
    .filter((w) => w.length > 0 && !SUFFIXES.test(w) && !HONORIFICS.has(plain(w).replace(/\.$/, '')))
    .map((w) => w.replace(/\.$/, ''));
}

/** Surname key: the last word ("von der Leyen" keeps its particles with it). */
export const surnameKey = remembered((name) => {
  const words = nameWords(name);
  return words.length ? wordKey(words[words.length - 1]) : '';
});

/** Key of a full name: first-name initial plus surname key, so "Sergey Shoigu" = "Sergei Shoigu". */
export const personKey = remembered((name) => {
  const words = nameWords(name);
  if (words.length === 0) return plain(name);
  if (words.length === 1) return `?${wordKey(words[0])}`;
  return `${wordKey(words[0]).slice(0, 4)} ${wordKey(words[words.length - 1])}`;
});

/** Key for any entity name, for matching "the Kremlin" with "Kremlin". */
export const entityKey = remembered((name) => plain(name).replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim());

/** Stable id: the same input gives the same id in every run and on every machine. */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
}
