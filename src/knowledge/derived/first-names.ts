// knowledge/en/first-names.json: given names with gender, derived from a maintained npm package by
// scripts/knowledge/convert-first-names.ts. Validator and lookup.
import { at, list, lowerPhrase, onlyKeys, record, reject, type FieldContext } from '../fields';

export type FirstNameGender = 'female' | 'male' | 'either';

const ONE_WORD = /^\p{Ll}(?:\p{Ll}|[-'](?=\p{Ll}))+$/u;

/** ONE_WORD, answered without the Unicode property look-ups for an ASCII name (nearly all of ~70,000): a-z is ASCII's \p{Ll}. */
function isOneWord(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 128) return ONE_WORD.test(name);
  if (name.length < 2 || !isAsciiLower(name.charCodeAt(0))) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isAsciiLower(c)) continue;
    if ((c === HYPHEN || c === APOSTROPHE) && isAsciiLower(name.charCodeAt(i + 1))) continue;
    return false;
  }
  return true;
}

const HYPHEN = 45;
const APOSTROPHE = 39;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** Name -> gender; a name listed under two genders is an error (the converter writes `either`). */
export function validateFirstNamesFile(value: unknown, source: string): Map<string, FirstNameGender> {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, ['female', 'male', 'either'], ctx);
  const names = new Map<string, FirstNameGender>();
  for (const gender of ['female', 'male', 'either'] as const) {
    const field = at(ctx, gender);
    for (const [i, item] of list(file[gender] ?? [], field).entries()) {
      const name = lowerPhrase(item, at(field, i));
      if (!isOneWord(name)) reject(at(field, i), `"${name}" is not one lower-case word`);
      const before = names.get(name);
      if (before !== undefined) reject(at(field, i), `"${name}" is already listed as ${before}`);
      names.set(name, gender);
    }
  }
  return names;
}
