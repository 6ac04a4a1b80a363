// The lexicons the extractor reads, built from the world-countries package and the validated
// knowledge files (src/knowledge/lexicon-files.ts, cues-file.ts): name tries, role and organisation
// heads, function-word sets and cue sets. Pure: the loader (src/knowledge/load.ts) reads the files.
import countries from 'world-countries';
import type { EntityLabel, Gender } from '../model/types';
import { normalizeWord, tokenizeForLexicon, tokenizeManyForLexicon } from '../nlp';
import type { CuesFile } from './cues-file';
import type { GenderFile, OrganizationsFile, PatternsFile, PeopleFile, StatesFile, StopwordsFile, TitlesFile } from './lexicon-files';
import type { ThreatFramesKnowledge } from './threat-frames';
import type { KnownOrganization } from './derived/known-organizations';
import type { VerbalConflictKnowledge } from './verbal-conflict';
import { withoutLeadingArticle } from '../lang/en/phrases';
import { isDictionaryWord } from '../lang/en/dictionary';

export type LexiconKind =
  | 'state' // a state by name: France, the United Kingdom
  | 'capital' // a capital: a state when it acts, a place otherwise
  | 'demonym' // an adjective: French, British (titles, organisations, "the French" as actors)
  | 'plural' // a people as an actor: Americans, Germans
  | 'organization'
  | 'person'
  | 'bloc'; // Europe, the West: groups of states that act together

export interface LexiconEntry {
  kind: LexiconKind;
  label: EntityLabel;
  /** Canonical name of the entity this names. */
  canonical: string;
  /** For states and their capitals, demonyms, plurals: the state's canonical name. */
  state?: string;
  /** Organisations: government, media, ... */
  orgKind?: string;
  /** Media that relay others' words. */
  conduit?: boolean;
  /** A person's office from knowledge, used to resolve title-only mentions. */
  role?: string;
  roleOf?: string;
  /** Short all-capital forms (US, UK, EU) match only when written in capitals. */
  caseSensitive?: string;
  gender?: Gender;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexiconEntry[];
}

/** What extraction and resolution read: the lexicons built from the knowledge files. */
export interface LexiconKnowledge {
  names: TrieNode;
  roles: TrieNode & { role?: string };
  roleOf: Map<string, string>;
  genericRoles: Set<string>;
  uniqueOffices: Set<string>;
  /** A state's generic title ("leader") to the offices it may name: "the Bolivian leader" after "Bolivian President Evo Morales". */
  headOffices: Map<string, ReadonlySet<string>>;
  honorifics: Set<string>;
  noAffiliationRoles: Set<string>;
  orgHeads: TrieNode;
  orgWords: Set<string>;
  orgIntroducers: Set<string>;
  nonNames: Set<string>;
  months: Set<string>;
  days: Set<string>;
  temporalWords: Set<string>;
  skipBeforeVerb: Set<string>;
  placePrefixes: Set<string>;
  placeWords: Set<string>;
  thingWords: Set<string>;
  thingIntroducers: Set<string>;
  pronouns: Map<string, string>;
  demonymOf: Map<string, string>;
  /** State canonical name -> its demonym (for naming its organisations). */
  demonymFor: Map<string, string>;
  /** Organisations where states meet and speak (organizations.json "forum": the UN Security Council, the WTO): the place of words more than their addressee. */
  forums: Set<string>;
  /** Platforms words are posted on (organizations.json "platform": Facebook, X): after "on" a medium, not an actor. */
  platforms: Set<string>;
  people: LexiconEntry[];
  cues: Cues;
  /** The ACCUSATION and REJECTION verbs (knowledge/en/verbal-conflict.json, from CAMEO). */
  verbalConflict: VerbalConflictKnowledge;
  /** Threats said as intent or condition (knowledge/en/threat-frames.json, force-acts.json from CAMEO 16-20). */
  threatFrames: ThreatFramesKnowledge;
  /** The state a person, body or organisation belongs to, where knowledge or its name says so. */
  stateOf(name: string): string | undefined;
  /** Titles, honorifics and given names that tell a person's gender; pronouns likewise. */
  genderWords: Map<string, Gender>;
  genderNames: Map<string, Gender>;
  pronounGender: Map<string, Gender>;
}

export interface Cues {
  speechVerbs: Set<string>;
  /** Verbs of saying only after a direct quote of their sentence. */
  quoteVerbs: Set<string>;
  speechVerbNeeds: Map<string, Set<string>>;
  utteranceNouns: Set<string>;
  anaphoricObjects: Set<string>;
  reciprocalSubjects: string[][];
  supportVerbs: Set<string>;
  utteranceVerbs: Set<string>;
  stanceAdjectives: Set<string>;
  /** Verbs of saying only with a document as subject ("the report found"). */
  documentVerbs: Set<string>;
  threatVerbs: Set<string>;
  threatPhrases: string[][];
  /** nouns that name a threat with no verb of saying ("X's threat of …") */
  threatNouns: Set<string>;
  warnVerbs: Set<string>;
  warnObjects: Set<string>;
  proposalVerbs: Set<string>;
  proposalVerbNeeds: Map<string, Set<string>>;
  proposalNouns: Set<string>;
  proposalNounNeeds: Map<string, Set<string>>;
  /** Proposal nouns an infinitive completes ("calls to end"): cues.json proposal.infinitiveNouns. */
  proposalInfinitiveNouns: Set<string>;
  announceObjects: Set<string>;
  modals: Set<string>;
  commitmentVerbs: Set<string>;
  agreeTo: string[][];
  negators: Set<string>;
  reactions: Set<string>;
  authorVerbs: Set<string>;
}

function emptyTrie(): TrieNode {
  return { next: new Map(), entries: [] };
}

/** While buildLexicons runs, phrases wait here and are tokenized together at its end (tokenizeManyForLexicon). */
let waiting: { trie: TrieNode; phrase: string; entry: LexiconEntry }[] | null = null;

export function addToTrie(trie: TrieNode, phrase: string, entry: LexiconEntry): void {
  if (waiting) waiting.push({ trie, phrase, entry });
  else insertIntoTrie(trie, phrase, entry, tokenizeForLexicon(withoutLeadingArticle(phrase)));
}

/** Runs `build` with its addToTrie calls held back, then tokenizes their phrases in one go and adds them in order. */
function withTrieAddsBatched<T>(build: () => T): T {
  const outer = waiting;
  waiting = [];
  let adds: NonNullable<typeof waiting>;
  let built: T;
  try {
    built = build();
  } finally {
    adds = waiting;
    waiting = outer;
  }
  const words = tokenizeManyForLexicon(adds.map((a) => withoutLeadingArticle(a.phrase)));
  adds.forEach((a, k) => insertIntoTrie(a.trie, a.phrase, a.entry, words[k]));
  return built;
}

function insertIntoTrie(trie: TrieNode, phrase: string, entry: LexiconEntry, words: string[]): void {
  if (words.length === 0) return;
  // "Al-Shabaab" is also written "Al Shabaab": the words the hyphen joins, apart, as well
  const apart = words.filter((w, k) => !(w === '-' && k > 0 && k < words.length - 1));
  if (apart.length !== words.length) insertIntoTrie(trie, phrase, entry, apart);
  let node = trie;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = emptyTrie();
      node.next.set(word, child);
    }
    node = child;
  }
  const shortCaps = /^[A-Z.]{2,4}$/.test(phrase.trim()) ? phrase.trim() : undefined;
  const withCase = shortCaps ? { ...entry, caseSensitive: shortCaps } : entry;
  const same = node.entries.findIndex((e) => e.canonical === entry.canonical && e.kind === entry.kind);
  if (same < 0) node.entries.push(withCase);
  else if (node.entries[same].caseSensitive && !shortCaps) node.entries[same] = entry; // "TASS" and "Tass": any case
}

/** The entries of the trie node a tokenized phrase ends at, whatever their case rules. */
function entriesAt(trie: TrieNode, words: readonly string[]): LexiconEntry[] {
  let node: TrieNode | undefined = trie;
  for (const word of words) {
    node = node.next.get(word);
    if (!node) return [];
  }
  return node.entries;
}

/** Inserts the phrases addToTrie holds back so far, so that what follows can see them. */
function flushWaitingAdds(): void {
  if (!waiting || waiting.length === 0) return;
  const adds = waiting;
  waiting = [];
  const words = tokenizeManyForLexicon(adds.map((a) => withoutLeadingArticle(a.phrase)));
  adds.forEach((a, k) => insertIntoTrie(a.trie, a.phrase, a.entry, words[k]));
}

/**
 * The derived organisations, after the states and the hand list: a body the hand list names (by
 * any of its names) keeps the hand list's name and gains the derived spellings ("Hizballah" for
 * Hezbollah); a phrase that already names something (a state, a capital, another body: Phoenix
 * files "CHINA" under a company and "COLOMBIA" under a rebel army) stays that. The phrases held
 * back until now are inserted first, else the trie would look empty here.
 */
function addKnownOrganizations(trie: TrieNode, organizations: readonly KnownOrganization[]): void {
  flushWaitingAdds();
  const namesOf = organizations.map((org) => [org.name, ...org.aliases]);
  const words = tokenizeManyForLexicon(namesOf.flat().map(withoutLeadingArticle));
  let k = 0;
  namesOf.forEach((names, o) => {
    const org = organizations[o];
    const own = words.slice(k, (k += names.length));
    const known = own.flatMap((w) => entriesAt(trie, w)).find((e) => e.kind === 'organization');
    const entry: LexiconEntry = known
      ? { kind: 'organization', label: 'Organization', canonical: known.canonical, orgKind: known.orgKind, conduit: known.conduit, state: known.state }
      : { kind: 'organization', label: 'Organization', canonical: org.name, orgKind: org.kind, state: org.state };
    names.forEach((name, j) => {
      if (entriesAt(trie, own[j]).length === 0) insertIntoTrie(trie, name, entry, own[j]);
    });
  });
}

/**
 * The names with each one's other spelling after it ("Organisation of ..." and "Organization of
 * ..."), from British and American word pairs; a name with no such word stays as it is.
 */
function respeller(spellings: Record<string, string>): (names: string[]) => string[] {
  const other = new Map<string, string>();
  for (const [british, american] of Object.entries(spellings)) {
    other.set(british, american);
    other.set(american, british);
  }
  if (other.size === 0) return (names) => names;
  const words = new RegExp(`(?<![\\p{L}-])(${[...other.keys()].join('|')})(?![\\p{L}-])`, 'giu');
  const swap = (w: string): string => {
    const to = other.get(w.toLowerCase()) ?? w;
    return /^\p{Lu}/u.test(w) ? to[0].toUpperCase() + to.slice(1) : to;
  };
  // every mix of the two spellings ("Organisation for Security and Co-operation", "... Cooperation")
  const mixes = (name: string): string[] => {
    let spellings = [''];
    let from = 0;
    for (const m of name.matchAll(words)) {
      const plain = name.slice(from, m.index);
      spellings = spellings.flatMap((s) => [s + plain + m[0], s + plain + swap(m[0])]).slice(0, MAX_SPELLINGS);
      from = (m.index ?? 0) + m[0].length;
    }
    return spellings.map((s) => s + name.slice(from));
  };
  return (names) => [...new Set(names.flatMap(mixes))];
}

/** A name with many words of two spellings gets no more spellings than this. */
const MAX_SPELLINGS = 8;

function genderMap(file: GenderFile, part: 'titles' | 'names' | 'pronouns'): Map<string, Gender> {
  return new Map<string, Gender>([...file.female[part].map((w): [string, Gender] => [w, 'f']), ...file.male[part].map((w): [string, Gender] => [w, 'm'])]);
}
/**
 * Is this alias from the package a real name rather than an ISO code, a native-script form or a
 * common English word ("Island" of Iceland, which "Kish Island" writes)?
 */
function usableAlias(alias: string): boolean {
  return alias.length >= 4 && !/^[A-Z]{2,3}$/.test(alias) && /^[\p{Script=Latin}\s.,'’()-]+$/u.test(alias) && !isDictionaryWord(alias.toLowerCase());
}

function addStates(trie: TrieNode, file: StatesFile, demonymOf: Map<string, string>, demonymFor: Map<string, string>, firstNames: ReadonlyMap<string, unknown>): Map<string, string> {
  // "Dominique de Villepin" is no Dominica: the package's other spellings that are given names are
  // left out (states.json aliases adds back those news use: "Holland")
  const spelling = (alias: string): boolean => usableAlias(alias) && !(/^\p{L}+$/u.test(alias) && firstNames.has(alias.toLowerCase()));
  const stateOfCode = new Map<string, string>();
  for (const country of countries) {
    if (!country.independent && !file.canonical[country.cca3]) continue;
    const name = file.canonical[country.cca3] ?? country.name.common;
    stateOfCode.set(country.cca3, name);
    const state = (kind: LexiconKind): LexiconEntry => ({ kind, label: 'State', canonical: name, state: name });
    const names = [country.name.common, country.name.official, ...country.altSpellings.filter(spelling), ...(file.aliases[country.cca3] ?? [])];
    for (const alias of names) addToTrie(trie, alias, state('state'));
    const capitals = [...country.capital, ...(file.capitals[country.cca3] ?? [])];
    for (const capital of capitals) addToTrie(trie, capital, state('capital'));
    const demonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f, ...(file.demonyms[country.cca3] ?? [])].filter((d): d is string => !!d);
    for (const demonym of demonyms) {
      addToTrie(trie, demonym, state('demonym'));
      demonymOf.set(normalizeWord(demonym), name);
      if (!demonymFor.has(name) && /^[A-Z][a-z]/.test(demonym)) demonymFor.set(name, demonym);
    }
    for (const plural of file.plurals[country.cca3] ?? []) addToTrie(trie, plural, state('plural'));
  }
  return stateOfCode;
}

function buildCues(file: CuesFile): Cues {
  const toMap = (record: Record<string, string[]>): Map<string, Set<string>> =>
    new Map(Object.entries(record).map(([k, v]) => [k, new Set(v)]));
  return {
    speechVerbs: new Set(file.speech.verbs),
    quoteVerbs: new Set(file.speech.quoteVerbs),
    speechVerbNeeds: toMap(file.speech.verbNeeds),
    utteranceNouns: new Set(file.speech.nounsOfUtterance),
    anaphoricObjects: new Set(file.speech.anaphoricObjects),
    reciprocalSubjects: file.speech.reciprocalSubjects,
    supportVerbs: new Set(file.speech.supportVerbs),
    utteranceVerbs: new Set(file.speech.utteranceVerbs),
    stanceAdjectives: new Set(file.speech.stanceAdjectives),
    documentVerbs: new Set(file.speech.documentVerbs),
    threatVerbs: new Set(file.threat.verbs),
    threatPhrases: file.threat.phrases,
    threatNouns: new Set(file.threat.nouns),
    warnVerbs: new Set([...file.threat.warnVerbs, ...file.threat.verbs]),
    warnObjects: new Set(file.threat.warnObjects),
    proposalVerbs: new Set(file.proposal.verbs),
    proposalVerbNeeds: toMap(file.proposal.verbNeeds),
    proposalNouns: new Set(file.proposal.nouns),
    proposalNounNeeds: toMap(file.proposal.nounNeeds),
    proposalInfinitiveNouns: new Set(file.proposal.infinitiveNouns),
    announceObjects: new Set(file.proposal.announceObjects),
    modals: new Set(file.proposal.modals),
    commitmentVerbs: new Set(file.proposal.commitmentVerbs),
    agreeTo: file.proposal.agreeTo,
    negators: new Set(file.proposal.negators),
    reactions: new Set(file.proposal.reactions),
    authorVerbs: new Set(file.proposal.authorVerbs),
  };
}

/** The verbs of saying and of proposing the CAMEO dictionary adds (cameo-cues.json selects them). */
export interface CameoCues {
  speech: string[];
  proposal: string[];
  /** Acts of cooperation (CAMEO 03-08, knowledge/en/cooperation-acts.json) a stated intent proposes. */
  commitment: string[];
}

/** The cues with the CAMEO verbs added (src/knowledge/load.ts picks them). */
/** Accusing and rejecting are utterances too: their one-word verbs are verbs of saying. */
function withConflictCues(cues: Cues, conflict: VerbalConflictKnowledge): Cues {
  const notCues = conflict.accusation.notCues;
  for (const verb of [...conflict.accusation.verbs, ...conflict.rejection.verbs]) if (!verb.includes(' ') && !notCues.has(verb)) cues.speechVerbs.add(verb);
  return cues;
}

function withCameoCues(cues: Cues, cameo: CameoCues): Cues {
  for (const verb of cameo.speech) cues.speechVerbs.add(verb);
  for (const verb of cameo.proposal) cues.proposalVerbs.add(verb);
  for (const verb of cameo.commitment) if (!verb.includes(' ')) cues.commitmentVerbs.add(verb);
  return cues;
}

/** The validated files the lexicons are built from. */
export interface LexiconFiles {
  states: StatesFile;
  organizations: OrganizationsFile;
  /** Organisations derived from the Phoenix dictionaries (knowledge/en/known-organizations.json). */
  knownOrganizations: readonly KnownOrganization[];
  people: PeopleFile;
  titles: TitlesFile;
  patterns: PatternsFile;
  stopwords: StopwordsFile;
  gender: GenderFile;
  cues: CuesFile;
  cameoCues: CameoCues;
  verbalConflict: VerbalConflictKnowledge;
  threatFrames: ThreatFramesKnowledge;
  /** The maintained given names (knowledge/en/first-names.json): a state's other spelling that is one ("Dominique") names no state. */
  firstNames: ReadonlyMap<string, unknown>;
}

export function buildLexicons(files: LexiconFiles): LexiconKnowledge {
  return withTrieAddsBatched(() => buildLexiconsOnce(files));
}

function buildLexiconsOnce(files: LexiconFiles): LexiconKnowledge {
  const names = emptyTrie();
  const demonymOf = new Map<string, string>();
  const demonymFor = new Map<string, string>();
  const statesFile = files.states;
  const stateOfCode = addStates(names, statesFile, demonymOf, demonymFor, files.firstNames);
  const stateName = (code: string | undefined, where: string): string | undefined => {
    if (!code) return undefined;
    const name = stateOfCode.get(code);
    if (!name) throw new Error(`knowledge: unknown state code "${code}" in ${where}`);
    return name;
  };

  const orgs = files.organizations;
  const spelt = respeller(files.patterns.spellings);
  for (const org of orgs.organizations) {
    const entry: LexiconEntry = { kind: 'organization', label: 'Organization', canonical: org.name, orgKind: org.kind, conduit: org.conduit, state: stateName(org.state, org.name) };
    for (const alias of spelt([org.name, ...org.aliases])) addToTrie(names, alias, entry);
  }
  for (const bloc of orgs.blocs) {
    const entry: LexiconEntry = { kind: 'bloc', label: 'Organization', canonical: bloc.name };
    for (const alias of [bloc.name, ...bloc.aliases]) addToTrie(names, alias, entry);
    // "European" and "Western" are adjectives of blocs: never names of people
    for (const demonym of bloc.demonyms ?? []) addToTrie(names, demonym, { ...entry, kind: 'demonym', state: bloc.name });
  }

  const knownOrganizations = files.knownOrganizations.map((org) => ({ ...org, aliases: spelt([org.name, ...org.aliases]).slice(1), state: stateName(org.state, org.name) }));
  addKnownOrganizations(names, knownOrganizations);

  const people: LexiconEntry[] = [];
  for (const person of files.people.people) {
    const entry: LexiconEntry = { kind: 'person', label: 'Person', canonical: person.name, role: person.role, roleOf: stateName(person.state, person.name) ?? person.org, gender: person.gender };
    people.push(entry);
    for (const alias of [person.name, ...person.aliases]) addToTrie(names, alias, entry);
  }

  const titles = files.titles;
  const roles: LexiconKnowledge['roles'] = emptyTrie();
  const roleOf = new Map<string, string>();
  for (const [phrase, role] of Object.entries(titles.roles)) {
    addToTrie(roles, phrase, { kind: 'person', label: 'Person', canonical: role, role });
    roleOf.set(phrase, role);
  }

  const patterns = files.patterns;
  const orgHeads = emptyTrie();
  for (const [phrase, head] of Object.entries(patterns.heads)) addToTrie(orgHeads, phrase, { kind: 'organization', label: 'Organization', canonical: head });

  const belongsTo = new Map<string, string>();
  for (const org of orgs.organizations) {
    const state = stateName(org.state, org.name);
    if (state) belongsTo.set(org.name, state);
  }
  // a state's organ the dictionaries know ("National Security Council", "Revolutionary Guard"), where the hand list does not name it
  for (const org of knownOrganizations) if (org.state && !belongsTo.has(org.name)) belongsTo.set(org.name, org.state);
  for (const person of people) if (person.roleOf) belongsTo.set(person.canonical, person.roleOf);
  const stateNames = new Set(stateOfCode.values());
  const stateOf = (name: string, depth = 0): string | undefined => {
    if (stateNames.has(name)) return name;
    const direct = belongsTo.get(name);
    if (direct && depth < 3) return stateOf(direct, depth + 1);
    // "Russian Foreign Ministry": a body named after its state
    return name.includes(' ') ? demonymOf.get(normalizeWord(name.split(' ')[0])) : undefined;
  };
  const stop = files.stopwords;
  const gender = files.gender;
  return {
    names,
    roles,
    roleOf,
    genericRoles: new Set(titles.generic),
    uniqueOffices: new Set(titles.uniqueOffices),
    headOffices: new Map(Object.entries(titles.headOffices).map(([title, offices]) => [title, new Set(offices)])),
    honorifics: new Set(titles.honorifics.map((h) => h.replace(/\.$/, ''))),
    noAffiliationRoles: new Set(titles.noAffiliation),
    orgHeads,
    orgWords: new Set(patterns.orgWords),
    orgIntroducers: new Set(patterns.orgIntroducers),
    nonNames: new Set([...stop.capitalisedNonNames, ...stop.months, ...stop.days]),
    months: new Set(stop.months),
    days: new Set(stop.days),
    temporalWords: new Set(stop.temporalWords),
    skipBeforeVerb: new Set(stop.skipBeforeVerb),
    placePrefixes: new Set(stop.placePrefixes),
    placeWords: new Set(stop.placeWords),
    thingWords: new Set(stop.thingWords),
    thingIntroducers: new Set(stop.thingIntroducers),
    pronouns: new Map(Object.entries(stop.pronouns)),
    demonymOf,
    demonymFor,
    forums: new Set(files.organizations.organizations.filter((o) => o.forum).map((o) => o.name)),
    platforms: new Set(files.organizations.organizations.filter((o) => o.platform).map((o) => o.name)),
    people,
    cues: withConflictCues(withCameoCues(buildCues(files.cues), files.cameoCues), files.verbalConflict),
    verbalConflict: files.verbalConflict,
    threatFrames: files.threatFrames,
    stateOf,
    genderWords: genderMap(gender, 'titles'),
    genderNames: genderMap(gender, 'names'),
    pronounGender: genderMap(gender, 'pronouns'),
  };
}
