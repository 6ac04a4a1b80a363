// The corpus index of the resolve stage: what resolution needs to know about the whole corpus,
// built in one pass (pass 1) and then read by every article's resolution. Also the ids of
// entities, which the index keys organisations by.
import type { ArticleExtraction } from '../model/types';
import type { Knowledge } from '../extract/knowledge';
import { foldedLetters, nameKeys, wordKey, type NameKeys } from './names';

export { entityId } from './names';
import { innerRuns, longerNameOf } from './short-forms';
import { POSSESSIVE, writtenNames } from './written-names';

/** Two words or more: a full person name. */
export const TWO_WORDS = /\S\s+\S/;

/**
 * What resolution needs to know about the whole corpus: every full person name seen, by surname
 * (so a lone "Putin" finds Vladimir Putin named in another article) and the preferred spelling of
 * each person, and the full names the corpus writes of each organisation. Small, and built in one
 * pass, so articles can then be resolved one at a time.
 */
export interface CorpusIndex {
  bySurname: Map<string, string[]>;
  /** Inner words of names of three words or more ("Lula", "Sheinbaum") -> those names. */
  byInnerWord: Map<string, string[]>;
  /** personKey -> form counts; the canonical name is knowledge's, else the most frequent form. */
  forms: Map<string, Map<string, number>>;
  /** personKey -> canonical name from knowledge. */
  known: Map<string, string>;
  /** personKey -> the name the graph already gives the person: kept, so a later load finds the same node. */
  stored: Map<string, string>;
  /** personKey -> the canonical name chosen from `forms`, remembered until the index grows. */
  chosen: Map<string, string>;
  /** The knowledge's name honorifics, which every person key of the index leaves out (nameKeys). */
  nameHonorifics: ReadonlySet<string>;
  /** Organisation or state entity id -> the full forms of its name the corpus writes (written-names.ts). */
  writtenForms: Map<string, Set<string>>;
}

/** The name keys of the index's knowledge. */
export function keysOf(index: CorpusIndex): NameKeys {
  return nameKeys(index.nameHonorifics);
}

/**
 * A person the graph already holds (cypher/read/graph-people.cypher): resolution that knows the
 * graph starts from them, so that a surname alone today finds the full name loaded yesterday.
 */
export interface KnownPerson {
  name: string;
  /** How many articles name them: the weight of this spelling among the person's forms. */
  articles: number;
}

/**
 * An organisation the graph already holds with the full forms of its name its articles wrote
 * (cypher/read/graph-organizations.cypher): today's load names it from them and today's forms.
 */
export interface KnownOrganization {
  id: string;
  written: string[];
}

/** What the graph already holds that resolution starts from (src/cli/graph-memory.ts). */
export interface GraphMemory {
  people: readonly KnownPerson[];
  organizations: readonly KnownOrganization[];
}

export const NO_GRAPH_MEMORY: GraphMemory = { people: [], organizations: [] };

export function emptyCorpusIndex(knowledge: Knowledge, graph: GraphMemory = NO_GRAPH_MEMORY): CorpusIndex {
  const nameHonorifics = knowledge.functionWords.nameHonorifics;
  const { personKey } = nameKeys(nameHonorifics);
  const index: CorpusIndex = { bySurname: new Map(), byInnerWord: new Map(), forms: new Map(), known: new Map(knowledge.people.map((p) => [personKey(p.canonical), p.canonical])), stored: new Map(), chosen: new Map(), nameHonorifics, writtenForms: new Map() };
  for (const person of knowledge.people) addPersonName(index, person.canonical, 0);
  for (const person of graph.people) {
    addPersonName(index, person.name, person.articles);
    index.stored.set(personKey(person.name), person.name);
  }
  for (const body of graph.organizations) for (const form of body.written) addWrittenForm(index, body.id, form);
  return index;
}

/** Adds an article's full person names and the organisation and state names it writes to the index. */
export function indexArticle(index: CorpusIndex, extraction: ArticleExtraction, knowledge: Knowledge): void {
  indexNames(index, writtenPersonNames(extraction), writtenNames(extraction, knowledge));
}

/**
 * The names of an article's people, by their named mentions: each as the text writes it where that
 * is the resolved name spelled otherwise ("Nicolas Maduro" for knowledge's "Nicolás Maduro"), so
 * that the corpus index counts the forms its articles write; else the resolved name.
 */
export function writtenPersonNames(extraction: Pick<ArticleExtraction, 'mentions'>): string[] {
  return extraction.mentions
    .filter((m) => m.label === 'Person' && m.kind === 'name')
    .map((m) => {
      const written = m.surface.trim().replace(POSSESSIVE, '');
      return written !== m.canonical && foldedLetters(written) === foldedLetters(m.canonical) ? written : m.canonical;
    });
}

/**
 * Adds what pass 1 learnt of one article: the canonical names of its Person mentions of kind
 * 'name' (those of two words or more are full names), and [entity id, form written] pairs of its
 * organisations and states (writtenNames).
 */
export function indexNames(index: CorpusIndex, personNames: string[], writtenForms: Array<[string, string]>): void {
  const keys = keysOf(index);
  const fullPersonNames = personNames.filter((name) => TWO_WORDS.test(name));
  const runs = innerRuns(keys, unique(keys, fullPersonNames));
  for (const name of fullPersonNames) if (!longerNameOf(keys, runs, name)) addPersonName(index, name, 1); // "Lopez Obrador" is Andres Manuel Lopez Obrador
  for (const [id, form] of writtenForms) addWrittenForm(index, id, form);
}

function addWrittenForm(index: CorpusIndex, id: string, form: string): void {
  const forms = index.writtenForms.get(id) ?? new Set<string>();
  forms.add(form);
  index.writtenForms.set(id, forms);
}

function addPersonName(index: CorpusIndex, name: string, count: number): void {
  const { personKey, surnameKey, nameWords } = keysOf(index);
  const key = personKey(name);
  const surname = surnameKey(name);
  const list = index.bySurname.get(surname) ?? [];
  addOncePerKey(list, name, key, personKey);
  index.bySurname.set(surname, list);
  const words = nameWords(name);
  for (const word of words.slice(1, -1)) {
    const inner = index.byInnerWord.get(wordKey(word)) ?? [];
    addOncePerKey(inner, name, key, personKey);
    index.byInnerWord.set(wordKey(word), inner);
  }
  const forms = index.forms.get(key) ?? new Map<string, number>();
  forms.set(name, (forms.get(name) ?? 0) + count);
  index.forms.set(key, forms);
  index.chosen.delete(key);
}

/**
 * The person keys of the names in each list of the index, beside it: a name is added to a list
 * only if no name of its key is there, and a set answers that without a scan of the list (the
 * lists of a common surname grow with the corpus). Rebuilt from the list where it is not known
 * (an index copied to a worker thread).
 */
const keysOfList = new WeakMap<string[], Set<string>>();

function addOncePerKey(list: string[], name: string, key: string, personKey: (name: string) => string): void {
  let keys = keysOfList.get(list);
  if (!keys || keys.size !== list.length) keysOfList.set(list, (keys = new Set(list.map(personKey))));
  if (keys.has(key)) return;
  list.push(name);
  keys.add(key);
}

export function unique(keys: NameKeys, names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(keys.personKey(n))) byKey.set(keys.personKey(n), n);
  return [...byKey.values()];
}

