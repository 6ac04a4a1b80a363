// Person-name keys that survive spelling variants and transliterations:
// Sergey/Sergei, Zelensky/Zelenskyy/Zelenskiy, Dmitry/Dmitri, António/Antonio.
import { sha256Hex } from '../hash';
import type { EntityLabel } from '../model/types';
import { remembered } from '../memo';
import { withoutPossessive } from '../lang/en/morphology';
import { withoutLeadingArticle } from '../lang/en/phrases';

// Resolution asks for the keys of the same few thousand names over and over: each key is remembered.
const plain = remembered((text) => withoutPossessive(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));

/** One word's key: accents off, transliteration endings folded (-y, -yy, -iy, -i -> i). */
export const wordKey = remembered((word) => plain(word).replace(/[^a-z]/g, '').replace(/(iy|yy|ii|y|i)$/, 'i').replace(/(.)\1/g, '$1'));

/**
 * The key of a name's last word by its last hyphenated part: "Kim Jong-un" and "Kim Jong Un",
 * "Lee Jae-myung" and "Lee Jae Myung", "al-Mawla" and "Mawla" are written both ways.
 */
const lastPartKey = (word: string): string => {
  const parts = word.split(/[-‐‑]/).filter((p) => /\p{L}/u.test(p));
  return wordKey(parts.length > 1 ? parts[parts.length - 1] : word);
};

/** Regnal numbers and generations say which one, not who: "Pope Leo XIV" is "Leo", "Jr." goes. */
const SUFFIXES = /^(?:[IVX]{1,5}|Jr|Sr|Jnr|Snr)\.?$/;

/** The keys of person names under one knowledge's honorifics (function-words.json nameHonorifics: "Mr", "Sheikh"). */
export interface NameKeys {
  /** The words of a name, without honorifics, regnal numbers and generations. */
  nameWords(name: string): string[];
  /** Surname key: the last word ("von der Leyen" keeps its particles with it). */
  surnameKey(name: string): string;
  /** Key of a full name: first-name initial plus surname key, so "Sergey Shoigu" = "Sergei Shoigu". */
  personKey(name: string): string;
}

// One NameKeys per honorifics set (per knowledge value, and per copy of a corpus index a worker
// receives): its remembered keys hold only for those honorifics.
const keysByHonorifics = new WeakMap<ReadonlySet<string>, NameKeys>();

export function nameKeys(honorifics: ReadonlySet<string>): NameKeys {
  let keys = keysByHonorifics.get(honorifics);
  if (keys) return keys;
  const nameWords = (name: string): string[] =>
    name
      .split(/[\s]+/)
      .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
      .filter((w) => w.length > 0 && !SUFFIXES.test(w) && !honorifics.has(plain(w).replace(/\.$/, '')))
      .map((w) => w.replace(/\.$/, ''));
  const surnameKey = remembered((name) => {
    const words = nameWords(name);
    return words.length ? lastPartKey(words[words.length - 1]) : '';
  });
  const personKey = remembered((name) => {
    const words = nameWords(name);
    if (words.length === 0) return plain(name);
    if (words.length === 1) return `?${lastPartKey(words[0])}`;
    return `${wordKey(words[0]).slice(0, 4)} ${lastPartKey(words[words.length - 1])}`;
  });
  keys = { nameWords, surnameKey, personKey };
  keysByHonorifics.set(honorifics, keys);
  return keys;
}

/** A name's letters and digits, lower-case, without accents, hyphens, dots and spaces: "Nicolás Maduro" and "Nicolas Maduro", "Kim Jong Un" and "Kim Jong-un" are one. */
export function foldedLetters(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[\s.\-‐]+/gu, '').toLowerCase();
}

/** Key for any entity name, for matching "the Kremlin" with "Kremlin". */
export const entityKey = remembered((name) => withoutLeadingArticle(plain(name)).replace(/[^a-z0-9]+/g, ' ').trim());

/** Stable id: the same input gives the same id in every run and on every machine. */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  return `${prefix}_${sha256Hex(parts.join('\u0000')).slice(0, 16)}`;
}

// An entity's id is a hash of its key, asked for at every mention: remembered.
const hashedId = remembered((memo) => {
  const [label, key] = memo.split('\u0000');
  return stableId(label === 'Location' ? 'loc' : 'ent', label, key);
});

export function entityId(label: EntityLabel, name: string, keys: NameKeys): string {
  const key = label === 'Person' ? keys.personKey(name) : entityKey(name);
  return hashedId(`${label}\u0000${key}`);
}
