// knowledge/en/first-names.json: given names with gender, derived from a maintained npm package by
// scripts/knowledge/convert-first-names.ts. Validator and lookup.
import { at, list, lowerPhrase, onlyKeys, record, reject, type FieldContext } from '../fields';

export type FirstNameGender = 'female' | 'male' | 'either';

const ONE_WORD = /^\p{Ll}(?:\p{Ll}|[-'](?=\p{Ll}))+$/u;

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
      if (!ONE_WORD.test(name)) reject(at(field, i), `"${name}" is not one lower-case word`);
      const before = names.get(name);
      if (before !== undefined) reject(at(field, i), `"${name}" is already listed as ${before}`);
      names.set(name, gender);
    }
  }
  return names;
}
