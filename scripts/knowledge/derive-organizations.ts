// Derives knowledge/en/known-organizations.json — organisations the mention finder knows by name —
// from the Phoenix organisations and armed groups that convert-petrarch.ts wrote (PETRARCH2, MIT;
// licence in knowledge/en/PETRARCH2.LICENSE). Rerunnable:
//
//   npx ts-node --transpile-only scripts/knowledge/derive-organizations.ts
//
// Phoenix files its names under actor codes, not bodies: one code holds the FBI and the DEA, the
// Kremlin and the Russian White House, a group and its leaders. So each code's names are split into
// bodies — a name joins another when it is its acronym, its spelling variant (the same consonants:
// Hezbollah, Hizballah) or the same words — and each body becomes one entry. Left out: names of
// people (a given name or initials first, no organisation word), of roles ("UN Envoy", "White
// House Spokesman"), numbers and codes, and one-word names that are common English words (in the
// vocabulary of the wink-nlp model, so "Guardian" or "Foundation" alone never names a body).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { validateArmedGroupsFile, validateOrganizationsFile, validateRoleNounsFile } from '../../src/knowledge/derived/phoenix';
import { validateFirstNamesFile } from '../../src/knowledge/derived/first-names';
import { validateOrganizationFormsFile } from '../../src/knowledge/derived/organization-forms';
import { validatePatternsFile, validateStatesFile, validateStopwordsFile } from '../../src/knowledge/lexicon-files';
import { validateKnownOrganizationsFile, type KnownOrganization, type KnownOrganizationKind } from '../../src/knowledge/derived/known-organizations';
import { writeKnowledgeJson } from './write-json';
import { isDictionaryWord } from '../../src/lang/en/dictionary';

const DIR = join(__dirname, '..', '..', 'knowledge', 'en');
const TARGET = join(DIR, 'known-organizations.json');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

const organizations = validateOrganizationsFile(read('phoenix-organizations.json'), 'phoenix-organizations.json');
const armedGroups = validateArmedGroupsFile(read('phoenix-armed-groups.json'), 'phoenix-armed-groups.json');
const roleNouns = validateRoleNounsFile(read('phoenix-agents.json'), 'phoenix-agents.json');
const firstNames = validateFirstNamesFile(read('first-names.json'), 'first-names.json');
const forms = validateOrganizationFormsFile(read('organization-forms.json'), 'organization-forms.json');
const patterns = validatePatternsFile(read('organization-patterns.json'), 'organization-patterns.json');
const stopwords = validateStopwordsFile(read('stopwords.json'), 'stopwords.json');
const placeWords = new Set(stopwords.placeWords);
const states = validateStatesFile(read('states.json'), 'states.json');
const calendarWords = new Set([...stopwords.months, ...stopwords.days]);

/**
 * Names of states, their capitals and demonyms (world-countries and states.json): Phoenix files
 * "CHINA" under a company and "COLOMBIA" under a rebel army, but the name stays the state's.
 */
const placeKey = (name: string): string => name.toLowerCase().replace(/[.'’]/g, '').replace(/[\s-]+/g, ' ').trim();
const stateNames = new Set(
  countries
    .flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length >= 4), ...c.capital, c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''])
    .concat(...Object.values(states.aliases), ...Object.values(states.capitals), ...Object.values(states.demonyms), ...Object.values(states.plurals), ...Object.values(states.canonical))
    .filter((n) => n !== '')
    .map(placeKey),
);

/** Words that make a name an organisation's: heads and legal forms, and the patterns' organisation words. */
const orgWords = new Set([...forms.flatMap((f) => [f.form, ...f.variants]).map((w) => w.toLowerCase().replace(/\.$/, '')), ...patterns.orgWords]);
/** Role nouns ("envoy", "spokesman", "officials"): a name ending in one names a person or people. */
const roles = new Set(roleNouns.flatMap((r) => [r.phrase, ...r.plurals]));

const nlp = winkNLP(model);
const VOCABULARY_SIZE = firstNewId('qzxjvqzx');
/** The model's ids of a text's tokens: a word outside its vocabulary gets an id past the vocabulary's. */
function ids(text: string): number[] {
  const out: number[] = [];
  nlp.readDoc(text).tokens().each((t: ItemToken) => out.push(Number(t.out(nlp.its.uniqueId))));
  return out;
}
function firstNewId(word: string): number {
  return ids(word)[0] ?? 0;
}
/** A lower-case word the model's vocabulary holds is an English word (or a well-known name). */
function inVocabulary(word: string): boolean {
  return ids(word.toLowerCase()).every((id) => id < VOCABULARY_SIZE);
}

const PARTICLES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'for', 'to', '&']);
const words = (name: string): string[] => name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
const isAcronym = (name: string): boolean => /^(?:\p{Lu}\.?){2,8}$/u.test(name) || /^\p{Lu}{2,}\d{1,2}$/u.test(name);
const lower = (w: string): string => w.toLowerCase().replace(/['’.]/g, '');

/** The consonants of a name, in order, doubled ones once: Hezbollah and Hizballah are "hzbl". */
function skeleton(name: string): string {
  return words(name)
    .map(lower)
    .filter((w) => !PARTICLES.has(w))
    .join('')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function initials(name: string): string[] {
  const ws = words(name);
  const all = ws.map((w) => w[0]).join('').toUpperCase();
  const content = ws.filter((w) => !PARTICLES.has(lower(w))).map((w) => w[0]).join('').toUpperCase();
  return [all, content];
}

function sameBody(a: string, b: string): boolean {
  if (isAcronym(a) !== isAcronym(b)) {
    const [acronym, full] = isAcronym(a) ? [a, b] : [b, a];
    return initials(full).includes(acronym.replace(/\./g, ''));
  }
  if (isAcronym(a)) return a.replace(/\./g, '') === b.replace(/\./g, '');
  if (skeleton(a) === skeleton(b)) return true;
  const wa = new Set(words(a).map(lower).filter((w) => !PARTICLES.has(w)));
  const wb = new Set(words(b).map(lower).filter((w) => !PARTICLES.has(w)));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return small.size >= 2 && [...small].every((w) => large.has(w));
}

function personLike(name: string): boolean {
  const ws = name.split(/\s+/); // "Al-Shabaab" is one word, not the given name "Al" and a surname
  if (ws.some((w) => orgWords.has(lower(w)))) return false;
  if (stateNames.has(placeKey(ws[0]))) return false; // "U.S. Agency for ...": a state's abbreviation, not a person's initials
  return /^(?:\p{Lu}\.){1,3}/u.test(name) || (ws.length >= 2 && ws.length <= 3 && firstNames.has(lower(ws[0])));
}

/** `own`: the code's own name, kept even when it is also an English word ("Hezbollah", "Fatah"). */
function usable(name: string, own: boolean): boolean {
  if (!/^\p{Lu}/u.test(name) || /[/,;()]/.test(name) || /^\d/.test(name) || !/\p{L}{2}/u.test(name)) return false;
  if (personLike(name) || stateNames.has(placeKey(name))) return false;
  const ws = name.toLowerCase().split(/\s+/);
  if (placeWords.has(ws[ws.length - 1]) && !ws.some((w) => orgWords.has(w))) return false; // "Indian Ocean", not the "Movement for the Emancipation of the Niger Delta"
  // "U.S. Military": a state's military, which the extractor names from the text (src/extract/mentions/state-forces.ts)
  if (ws.length > 1 && ws[ws.length - 1] === 'military' && stateNames.has(placeKey(name.split(/\s+/).slice(0, -1).join(' ')))) return false;
  if (ws.some((w) => calendarWords.has(w)) && /\d/.test(name)) return false; // "May 15"

  const tail = [ws.slice(-2).join(' '), ws[ws.length - 1]];
  if (ws.length > 1 && tail.some((t) => roles.has(t)) && !orgWords.has(ws[ws.length - 1])) return false; // "UN Envoy", "Supreme Court Justices"
  if (isAcronym(name)) return name.replace(/\./g, '').length >= 2;
  // "Al-Qaeda" is known by its word "Qaeda", not by its article
  const parts = name.split('-');
  const rare = parts.some((w) => PARTICLES.has(lower(w))) || parts.some((w) => !inVocabulary(w));
  if (!name.includes(' ')) return (own || rare) && !firstNames.has(lower(name));
  return true;
}

/** News writes "Hamas", "Nvidia", "Xinhua": a company's, group's or outlet's name in capitals is not an acronym. */
function asWritten(name: string, kind: KnownOrganizationKind): string {
  if (!/^\p{Lu}{5,}$/u.test(name) || kind === 'international' || kind === 'ngo') return name;
  return name[0] + name.slice(1).toLowerCase();
}

const KINDS: Record<string, KnownOrganizationKind | undefined> = {
  intergovernmental: 'international',
  'non-governmental': 'ngo',
  company: 'company',
  media: 'media',
  party: 'party',
  security: 'government',
  national: 'government',
};

/**
 * "White House Spokesman", "State Department Official" beside "US State Department": another name
 * of the code (or it less its first word) and one more word, not an organisation word, names a
 * member of the body, not the body.
 */
function memberOf(name: string, names: string[]): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || orgWords.has(lower(ws[ws.length - 1]))) return false;
  const head = ws.slice(0, -1).join(' ');
  return names.some((other) => other !== name && (other === head || other.split(/\s+/).slice(1).join(' ') === head));
}

/** "U.S. Federal Reserve" beside "Federal Reserve": the name news writes, without the state Phoenix puts before it. */
function withoutStatePrefix(name: string, cluster: string[]): string {
  const ws = name.split(/\s+/);
  for (let k = 1; k < ws.length - 1; k++) {
    const rest = ws.slice(k).join(' ');
    if (stateNames.has(placeKey(ws.slice(0, k).join(' '))) && cluster.includes(rest)) return rest;
  }
  return name;
}

/**
 * One code's names, split into bodies; each body's name is the code's own name, else its longest.
 * `acronymsAreOwn`: an armed group's code is one group under several names, so an acronym that
 * spells none of them ("FARC", "ETA": initials in another language) is the group's own.
 */
function bodies(names: string[], kind: KnownOrganizationKind, acronymsAreOwn = false, state?: string): KnownOrganization[] {
  const clusters: string[][] = [];
  // a one-word spelling of the code's own name ("Taleban" for "Taliban": the same consonants) is as much its own
  const own = (n: string, i: number): boolean => i === 0 || (!n.includes(' ') && skeleton(n) === skeleton(names[0]));
  for (const name of names.filter((n, i) => usable(n, own(n, i)) && !memberOf(n, names))) {
    const cluster = clusters.find((c) => c.some((other) => sameBody(name, other)));
    if (cluster) cluster.push(name);
    else clusters.push([name]);
  }
  // an acronym that spells none of them ("FARC" beside "Revolutionary Armed Forces of Colombia") is
  // the acronym of the code's one full name, where it has only one
  const named = clusters.filter((c) => c.some((n) => !isAcronym(n)));
  if (named.length === 1) for (const c of clusters) if (c !== named[0] && !c.some((n) => !isAcronym(n))) named[0].push(...c.splice(0));
  const ownCluster = acronymsAreOwn ? clusters.find((c) => c.includes(names[0]) && c.some((n) => !isAcronym(n))) : undefined;
  if (ownCluster) for (const c of clusters) if (c !== ownCluster && c.length > 0 && c.every(isAcronym)) ownCluster.push(...c.splice(0));
  return clusters.filter((c) => c.length > 0).flatMap((cluster) => {
    const full = cluster.filter((n) => !isAcronym(n));
    if (full.length === 0 && cluster.every((n) => n.replace(/\./g, '').length < 3)) return [];
    // the code's own name, else the longest plainly written one ("Al-Qaida" before "Al-Qa'Ida")
    const plain = (n: string): number => (/['’]\p{Lu}/u.test(n) ? 1 : 0);
    const longest = [...full].sort((a, b) => plain(a) - plain(b) || b.length - a.length)[0];
    const name = asWritten(withoutStatePrefix(full.includes(names[0]) ? names[0] : (longest ?? cluster[0]), cluster), kind);
    const aliases = [...new Set(cluster)].filter((n) => n !== name);
    return [state ? { name, aliases, kind, state } : { name, aliases, kind }];
  });
}

/**
 * A state's own organs: Phoenix codes of a country's executive, forces, police or intelligence
 * (USAGOV, RUSMIL, PAKSPY); not its legislature or courts (USAGOVLEG, USAGOVJUD: a president's
 * opponents as often as his side), elites, rebels, opposition or schools.
 */
const ORGAN_CODE = /^[A-Z]{3}(?:GOV|MIL|SPY|COP)(?!.*(?:LEG|JUD|OPP|REB))/;
/** A country's name as Phoenix writes it ("United States", "Türkiye") -> its ISO code, the form organizations.json uses. */
const codeOfCountry = new Map<string, string>();
for (const c of countries) for (const n of [c.name.common, c.name.official, c.cca3, ...c.altSpellings]) if (!codeOfCountry.has(placeKey(n))) codeOfCountry.set(placeKey(n), c.cca3);
for (const [code, name] of Object.entries(states.canonical)) codeOfCountry.set(placeKey(name), code);
function organState(org: { code: string; country?: string }): string | undefined {
  if (!org.country || !ORGAN_CODE.test(org.code)) return undefined;
  const code = codeOfCountry.get(placeKey(org.country)) ?? codeOfCountry.get(placeKey(org.code.slice(0, 3)));
  if (!code) throw new Error(`derive-organizations: no state code for "${org.country}" (${org.code})`);
  return code;
}

const out: KnownOrganization[] = [];
for (const org of organizations) {
  const kind = KINDS[org.kind];
  if (kind) out.push(...bodies([org.name, ...org.aliases], kind, false, kind === 'government' ? organState(org) : undefined));
}
// a one-word "group" with no other name is one of its leaders, filed under the group's code ("Hambali")
const leader = (g: { name: string; aliases: string[] }): boolean => g.aliases.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(g.name);
for (const group of armedGroups) if (!leader(group)) out.push(...bodies([group.name, ...group.aliases], 'armed-group', true));
// a short name that is already another body's ("Islamic Jihad") stays that body's
const allNames = new Set(out.flatMap((org) => [org.name, ...org.aliases].map(lower)));
out.forEach((org, i) => {
  if (org.kind === 'armed-group') out[i] = withShortName(org, allNames);
});

/**
 * "Abu Sayyaf" for "Abu Sayyaf Group": news drops the form word ending the name of a group named
 * after people or places (two words or more, none an English dictionary word), never that
 * of one named in common words ("Armed Islamic Group", "Revolutionary Violence Group").
 */
function withShortName(group: KnownOrganization, taken: ReadonlySet<string>): KnownOrganization {
  const short = /^(.+) Group$/.exec(group.name)?.[1];
  const words = short?.split(/\s+/) ?? [];
  const proper = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) && !isDictionaryWord(w.toLowerCase()));
  return short && proper && !taken.has(lower(short)) ? { ...group, aliases: [...group.aliases, short] } : group;
}

// the same body filed under two codes ("IGAD" and "Intergovernmental Authority on Development"): one entry
/** "U.N. Security Council" and "UN Security Council", "People's Army" and "Peoples Army": one key. */
const nameKey = (name: string): string => name.toLowerCase().replace(/[.'’]/g, '').replace(/[\s-]+/g, ' ').trim();
const byName = new Map<string, KnownOrganization>();
const byInitials = new Map<string, KnownOrganization[]>();
// "Association of South East Asian Nations" and "... Southeast ...": one body spelled two ways
// (the same consonants), where the name is long enough for that to be no coincidence
const SKELETON_MIN = 12;
const bySkeleton = new Map<string, KnownOrganization>();
const skeletonKey = (name: string): string | null => (!isAcronym(name) && words(name).length >= 3 && skeleton(name).length >= SKELETON_MIN ? skeleton(name) : null);
for (const org of out) {
  if (isAcronym(org.name)) continue;
  for (const n of [org.name, ...org.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), org);
  const key = skeletonKey(org.name);
  if (key !== null && !bySkeleton.has(key)) bySkeleton.set(key, org);
  for (const i of new Set(initials(org.name))) byInitials.set(i, [...(byInitials.get(i) ?? []), org]);
}
const merged = out.filter((org) => {
  const names = [org.name, ...org.aliases];
  const spelled = isAcronym(org.name) ? (byInitials.get(org.name.replace(/\./g, '')) ?? []) : [];
  const key = skeletonKey(org.name);
  const sameSkeleton = key !== null ? bySkeleton.get(key) : undefined;
  const into = names.map((n) => byName.get(nameKey(n))).find((o) => o && o !== org) ?? (sameSkeleton !== org && sameSkeleton?.kind === org.kind ? sameSkeleton : undefined) ?? (spelled.length === 1 ? spelled[0] : undefined);
  if (!into) return true;
  into.aliases = [...new Set([...into.aliases, ...names.filter((n) => n !== into.name)])];
  return false;
});

// one entry per name: the first body that claims a name keeps it
const claimed = new Set<string>();
const unique = merged.flatMap((org) => {
  const names = [org.name, ...org.aliases].filter((n) => !claimed.has(nameKey(n)));
  if (!names.includes(org.name)) return [];
  for (const n of names) claimed.add(nameKey(n));
  return [{ ...org, aliases: names.filter((n) => n !== org.name) }];
});

const file = {
  $comment:
    'Organisations known by name: international and non-governmental bodies, armed groups, parties, media, companies. Derived from the PETRARCH2 Phoenix dictionaries (openeventdata/petrarch2, MIT, Copyright (c) 2014-2015 Open Event Data Alliance; licence in PETRARCH2.LICENSE) by scripts/knowledge/derive-organizations.ts. Do not edit by hand: rerun the script, or add your own entries to organizations.json, which wins where both name a phrase.',
  organizations: unique,
};
validateKnownOrganizationsFile(JSON.parse(JSON.stringify(file)), TARGET);
writeKnowledgeJson(TARGET, file);
process.stdout.write(`${unique.length} organisations written to ${TARGET}\n`);
