// Short forms of long names within an article: "Sheinbaum" and "Lopez Obrador" after "Claudia
// Sheinbaum Pardo" and "Andres Manuel Lopez Obrador", "Lula" after "Luiz Inacio Lula da Silva",
// "Bukele" after "Nayib Armando Bukele Ortez". A run of the full name's words that does not start
// with its first word names that person, where exactly one full name of the article has that run.
import { wordKey, type NameKeys } from './names';

export type InnerRuns = Map<string, string[]>;

/**
 * Longer names are not people's names (the longest real ones, "Luiz Inacio Lula da Silva", have
 * six words): a capitalised run of thousands of words would otherwise give a cubic number of keys.
 */
const MAX_NAME_WORDS = 8;

/** Every run of words after the first, of each name of three words or more, keyed by its words. */
export function innerRuns(keys: NameKeys, fullNames: readonly string[]): InnerRuns {
  const runs: InnerRuns = new Map();
  for (const name of fullNames) {
    const words = keys.nameWords(name).map(wordKey);
    if (words.length < 3 || words.length > MAX_NAME_WORDS) continue;
    for (let from = 1; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const key = words.slice(from, to).join(' ');
        const list = runs.get(key) ?? [];
        if (!list.some((n) => keys.personKey(n) === keys.personKey(name))) list.push(name);
        runs.set(key, list);
      }
    }
  }
  return runs;
}

/** The one longer name of the article that `name` is a run of, if any. */
export function longerNameOf(keys: NameKeys, runs: InnerRuns, name: string): string | undefined {
  const words = keys.nameWords(name).map(wordKey);
  if (words.length === 0) return undefined;
  const candidates = runs.get(words.join(' ')) ?? [];
  return candidates.length === 1 && candidates[0] !== name ? candidates[0] : undefined;
}
