// Knowledge: the lexicons the extractor reads, built once from the world-countries package and
// the JSON files in knowledge/. Validated at load, so a broken user edit fails loudly at start-up.
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import countries from 'world-countries';
import type { EntityLabel, Gender } from '../model/types';
import { normalizeWord, tokenizeForLexicon } from '../nlp';
import { cameoCues } from './speakers/cameo-cues';
import { validateVerbalConflict, type VerbalConflictKnowledge } from '../knowledge/verbal-conflict';
import { validateThreatFrames, type ThreatFramesKnowledge } from '../knowledge/threat-frames';

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

export interface Knowledge {
  names: TrieNode;
  roles: TrieNode & { role?: string };
  roleOf: Map<string, string>;
  genericRoles: Set<string>;
  uniqueOffices: Set<string>;
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
  people: LexiconEntry[];
  cues: Cues;
  /** The ACCUSATION and REJECTION verbs (knowledge/en/verbal-conflict.json, from CAMEO). */
  verbalConflict: VerbalConflictKnowledge;
  /** Threats said as intent or condition (knowledge/threat-frames.json, en/force-acts.json from CAMEO 16-20). */
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
  speechVerbNeeds: Map<string, Set<string>>;
  utteranceNouns: Set<string>;
  anaphoricObjects: Set<string>;
  reciprocalSubjects: string[][];
  supportVerbs: Set<string>;
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
  announceObjects: Set<string>;
  modals: Set<string>;
  commitmentVerbs: Set<string>;
  agreeTo: string[][];
  negators: Set<string>;
  reactions: Set<string>;
  authorVerbs: Set<string>;
}

const KNOWLEDGE_DIR = join(__dirname, '..', '..', 'knowledge');

function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Lists are joined and objects merged key by key, so a user file only says what it adds. */
function deepMerge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (isRecord(base) && isRecord(extra)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) merged[key] = key in base ? deepMerge(base[key], value) : value;
    return merged;
  }
  return extra;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A knowledge file: the project's own, extended by the file of the same name in each folder of
 * KG_KNOWLEDGE_DIR (a path list), where users keep the names of their own domain.
 */
function readJson<T>(file: string, dir = KNOWLEDGE_DIR, extraDirs: string[] = []): T {
  let data = readJsonFile(join(dir, file));
  for (const extra of extraDirs) {
    const path = join(extra, file);
    if (existsSync(path)) data = deepMerge(data, readJsonFile(path));
  }
  return data as T;
}

function emptyTrie(): TrieNode {
  return { next: new Map(), entries: [] };
}

export function addToTrie(trie: TrieNode, phrase: string, entry: LexiconEntry): void {
  const words = tokenizeForLexicon(phrase.replace(/^the\s+/i, ''));
  if (words.length === 0) return;
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

interface StatesFile {
  canonical: Record<string, string>;
  aliases: Record<string, string[]>;
  capitals: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  plurals: Record<string, string[]>;
}
interface OrganizationsFile {
  organizations: { name: string; aliases: string[]; kind: string; state?: string; conduit?: boolean }[];
  blocs: { name: string; aliases: string[]; demonyms?: string[] }[];
}
interface PeopleFile {
  people: { name: string; aliases: string[]; role?: string; state?: string; org?: string; gender?: Gender }[];
}
interface GenderFile {
  female: { titles: string[]; names: string[]; pronouns: string[] };
  male: { titles: string[]; names: string[]; pronouns: string[] };
}

function genderMap(file: GenderFile, part: 'titles' | 'names' | 'pronouns'): Map<string, Gender> {
  return new Map<string, Gender>([...file.female[part].map((w): [string, Gender] => [w, 'f']), ...file.male[part].map((w): [string, Gender] => [w, 'm'])]);
}
interface TitlesFile {
  roles: Record<string, string>;
  generic: string[];
  noAffiliation: string[];
  honorifics: string[];
  uniqueOffices: string[];
}
interface PatternsFile {
  heads: Record<string, string>;
  orgWords: string[];
  orgIntroducers: string[];
}
interface StopwordsFile {
  capitalisedNonNames: string[];
  months: string[];
  days: string[];
  temporalWords: string[];
  pronouns: Record<string, string>;
  skipBeforeVerb: string[];
  placePrefixes: string[];
  placeWords: string[];
  thingWords: string[];
  thingIntroducers: string[];
}
interface CuesFile {
  speech: { verbs: string[]; verbNeeds: Record<string, string[]>; nounsOfUtterance: string[]; anaphoricObjects: string[]; reciprocalSubjects: string[][]; supportVerbs: string[] };
  threat: { verbs: string[]; phrases: string[][]; conditionalVerbs: string[]; warnObjects: string[]; nouns: string[] };
  proposal: {
    verbs: string[];
    verbNeeds: Record<string, string[]>;
    nouns: string[];
    nounNeeds: Record<string, string[]>;
    announceObjects: string[];
    modals: string[];
    commitmentVerbs: string[];
    agreeTo: string[][];
    negators: string[];
    reactions: string[];
    authorVerbs: string[];
  };
}

/** Is this alias from the package a real name rather than an ISO code or a native-script form? */
function usableAlias(alias: string): boolean {
  return alias.length >= 4 && !/^[A-Z]{2,3}$/.test(alias) && /^[\p{Script=Latin}\s.,'’()-]+$/u.test(alias);
}

function addStates(trie: TrieNode, file: StatesFile, demonymOf: Map<string, string>, demonymFor: Map<string, string>): Map<string, string> {
  const stateOfCode = new Map<string, string>();
  for (const country of countries) {
    if (!country.independent && !file.canonical[country.cca3]) continue;
    const name = file.canonical[country.cca3] ?? country.name.common;
    stateOfCode.set(country.cca3, name);
    const state = (kind: LexiconKind): LexiconEntry => ({ kind, label: 'State', canonical: name, state: name });
    const names = [country.name.common, country.name.official, ...country.altSpellings.filter(usableAlias), ...(file.aliases[country.cca3] ?? [])];
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
    speechVerbNeeds: toMap(file.speech.verbNeeds),
    utteranceNouns: new Set(file.speech.nounsOfUtterance),
    anaphoricObjects: new Set(file.speech.anaphoricObjects),
    reciprocalSubjects: file.speech.reciprocalSubjects,
    supportVerbs: new Set(file.speech.supportVerbs),
    threatVerbs: new Set(file.threat.verbs),
    threatPhrases: file.threat.phrases,
    threatNouns: new Set(file.threat.nouns),
    warnVerbs: new Set(['warn', ...file.threat.verbs]),
    warnObjects: new Set(file.threat.warnObjects),
    proposalVerbs: new Set(file.proposal.verbs),
    proposalVerbNeeds: toMap(file.proposal.verbNeeds),
    proposalNouns: new Set(file.proposal.nouns),
    proposalNounNeeds: toMap(file.proposal.nounNeeds),
    announceObjects: new Set(file.proposal.announceObjects),
    modals: new Set(file.proposal.modals),
    commitmentVerbs: new Set(file.proposal.commitmentVerbs),
    agreeTo: file.proposal.agreeTo,
    negators: new Set(file.proposal.negators),
    reactions: new Set(file.proposal.reactions),
    authorVerbs: new Set(file.proposal.authorVerbs),
  };
}

/** The verbs of saying and proposing that the CAMEO dictionary adds (src/extract/speakers/cameo-cues.ts). */
function withCameoCues(cues: Cues): Cues {
  const cameo = cameoCues();
  for (const verb of cameo.speech) cues.speechVerbs.add(verb);
  for (const verb of cameo.proposal) cues.proposalVerbs.add(verb);
  return cues;
}

function buildKnowledge(extraDirs: string[]): Knowledge {
  const read = <T>(file: string): T => readJson<T>(file, KNOWLEDGE_DIR, extraDirs);
  const names = emptyTrie();
  const demonymOf = new Map<string, string>();
  const demonymFor = new Map<string, string>();
  const statesFile = read<StatesFile>('states.json');
  const stateOfCode = addStates(names, statesFile, demonymOf, demonymFor);
  const stateName = (code: string | undefined, where: string): string | undefined => {
    if (!code) return undefined;
    const name = stateOfCode.get(code);
    if (!name) throw new Error(`knowledge: unknown state code "${code}" in ${where}`);
    return name;
  };

  const orgs = read<OrganizationsFile>('organizations.json');
  for (const org of orgs.organizations) {
    const entry: LexiconEntry = { kind: 'organization', label: 'Organization', canonical: org.name, orgKind: org.kind, conduit: org.conduit, state: stateName(org.state, org.name) };
    for (const alias of [org.name, ...org.aliases]) addToTrie(names, alias, entry);
  }
  for (const bloc of orgs.blocs) {
    const entry: LexiconEntry = { kind: 'bloc', label: 'Organization', canonical: bloc.name };
    for (const alias of [bloc.name, ...bloc.aliases]) addToTrie(names, alias, entry);
    // "European" and "Western" are adjectives of blocs: never names of people
    for (const demonym of bloc.demonyms ?? []) addToTrie(names, demonym, { ...entry, kind: 'demonym', state: bloc.name });
  }

  const people: LexiconEntry[] = [];
  for (const person of read<PeopleFile>('people.json').people) {
    const entry: LexiconEntry = { kind: 'person', label: 'Person', canonical: person.name, role: person.role, roleOf: stateName(person.state, person.name) ?? person.org, gender: person.gender };
    people.push(entry);
    for (const alias of [person.name, ...person.aliases]) addToTrie(names, alias, entry);
  }

  const titles = read<TitlesFile>('titles.json');
  const roles = emptyTrie() as Knowledge['roles'];
  const roleOf = new Map<string, string>();
  for (const [phrase, role] of Object.entries(titles.roles)) {
    addToTrie(roles, phrase, { kind: 'person', label: 'Person', canonical: role, role });
    roleOf.set(phrase, role);
  }

  const patterns = read<PatternsFile>('organization-patterns.json');
  const orgHeads = emptyTrie();
  for (const [phrase, head] of Object.entries(patterns.heads)) addToTrie(orgHeads, phrase, { kind: 'organization', label: 'Organization', canonical: head });

  const belongsTo = new Map<string, string>();
  for (const org of orgs.organizations) {
    const state = stateName(org.state, org.name);
    if (state) belongsTo.set(org.name, state);
  }
  for (const person of people) if (person.roleOf) belongsTo.set(person.canonical, person.roleOf);
  const stateNames = new Set(stateOfCode.values());
  const stateOf = (name: string, depth = 0): string | undefined => {
    if (stateNames.has(name)) return name;
    const direct = belongsTo.get(name);
    if (direct && depth < 3) return stateOf(direct, depth + 1);
    // "Russian Foreign Ministry": a body named after its state
    return name.includes(' ') ? demonymOf.get(normalizeWord(name.split(' ')[0])) : undefined;
  };
  const stop = read<StopwordsFile>('stopwords.json');
  const gender = read<GenderFile>('gender.json');
  return {
    names,
    roles,
    roleOf,
    genericRoles: new Set(titles.generic),
    uniqueOffices: new Set(titles.uniqueOffices),
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
    people,
    cues: withCameoCues(buildCues(read<CuesFile>('cues.json'))),
    verbalConflict: validateVerbalConflict(read<unknown>(join('en', 'verbal-conflict.json')), join(KNOWLEDGE_DIR, 'en', 'verbal-conflict.json')),
    threatFrames: validateThreatFrames(read<unknown>('threat-frames.json'), join(KNOWLEDGE_DIR, 'threat-frames.json'), read<unknown>(join('en', 'force-acts.json')), join(KNOWLEDGE_DIR, 'en', 'force-acts.json')),
    stateOf,
    genderWords: genderMap(gender, 'titles'),
    genderNames: genderMap(gender, 'names'),
    pronounGender: genderMap(gender, 'pronouns'),
  };
}

let cached: Knowledge | null = null;

/** The knowledge in knowledge/, extended by the folders in KG_KNOWLEDGE_DIR; built once per process. */
export function loadKnowledge(): Knowledge {
  cached ??= buildKnowledge((process.env.KG_KNOWLEDGE_DIR ?? '').split(delimiter).filter((d) => d.trim() !== ''));
  return cached;
}
