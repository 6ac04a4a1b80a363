// An organisation's node is named as its articles write it (issue 10: "a node named with a full
// form the corpus uses"). Knowledge gives a body one canonical name, which keeps its id the same in
// every run; but where no article of the corpus writes that name ("United Nations Security
// Council" for a corpus that writes "U.N. Security Council", "Department of Defense" for one that
// writes "Defense Department"), the node takes the fullest form the articles do write, and
// knowledge's name becomes an alias. An acronym is no full form, but where the corpus writes only
// acronyms of a body ("AFP", "NASA", "ECOWAS"), the node takes one, as the corpus's readers know
// the body. The choice depends only on the set of forms written, so a
// graph that remembers them (the node's `written` property) names the node on each day's load as
// one load of every day would.
import type { ArticleExtraction, Mention } from '../model/types';
import type { Knowledge } from '../knowledge';
import { entityId, entityKey, nameKeys } from './names';
import { normalizeWord } from '../nlp';
import { articleFullerNames, knownOrganization } from './organizations';

/** A trailing possessive is not part of a name ("the Defense Department's"). */
export const POSSESSIVE = /['’]s$/u;
/** A possessive that qualifies the name after it ("Seoul's Unification Ministry"): at most two words of its owner. */
const OWNER = /^(?:\S+\s+)?\S+['’]s\s+(.+)$/u;
/** Lower-case words of a few letters inside a foreign name: "Argumenty i Fakty", "Partido de la U". */
const SHORT_INNER_WORD = 3;

/** A capitalised word after a short particle and a hyphen ("al-Qaida", "el-Nusra"): capitalised as names are. */
const PARTICLE_JOINED = /^\p{Ll}{1,3}-\p{Lu}/u;

/**
 * The full form of a body's name a surface writes, or null: its words, less a leading determiner
 * and a trailing possessive, each capitalised except the connectors inside a name ("Ministry of
 * the Interior") and short inner words of foreign names, with a lower-case letter somewhere (an
 * acronym is no full form); not one plural word, which names the members ("Republicans").
 */
export function fullForm(surface: string, lowerWords: ReadonlySet<string>): string | null {
  const words = surface.trim().split(/\s+/);
  if (words.length > 1 && lowerWords.has(words[0].toLowerCase())) words.shift();
  const form = words.join(' ').replace(POSSESSIVE, '');
  if (!(/^\p{Lu}/u.test(form) || PARTICLE_JOINED.test(form)) || !/\p{Ll}/u.test(form)) return null;
  // one plural word names the members, not the body: "Republicans", "Democrats"
  if (words.length === 1 && /\p{Ll}s$/u.test(form)) return null;
  const lowerAllowed = (w: string, k: number): boolean => lowerWords.has(w) || PARTICLE_JOINED.test(w) || (k > 0 && k < words.length - 1 && w.length <= SHORT_INNER_WORD);
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || lowerAllowed(w, k)) ? form : null;
}

/**
 * The form a mention writes of the body named `name`, or null. A name qualified by its owner's
 * possessive writes the body's resolved name where the rest is that name ("Seoul's Unification
 * Ministry" of the Unification Ministry); else the whole phrase is the form ("China's Defense
 * Ministry" for a body knowledge calls the Chinese Ministry of National Defense), as the article
 * names the body.
 */
function formOf(surface: string, name: string, lowerWords: ReadonlySet<string>): string | null {
  const owned = OWNER.exec(surface.trim());
  const rest = owned ? fullForm(owned[1], lowerWords) : null;
  if (rest !== null && entityKey(rest) === entityKey(name)) return name;
  return fullForm(surface, lowerWords) ?? acronymForm(surface, lowerWords);
}

/** An acronym as written ("AFP", "U.N.", "ZANU-PF"): capitals, maybe dots, hyphens or an ampersand, no small letter. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.&-]{1,11}$/u;

/** The acronym a surface writes, less a leading determiner and a trailing possessive, or null. */
function acronymForm(surface: string, lowerWords: ReadonlySet<string>): string | null {
  const words = surface.trim().split(/\s+/);
  if (words.length > 1 && lowerWords.has(words[0].toLowerCase())) words.shift();
  const form = words.join(' ').replace(POSSESSIVE, '');
  return ACRONYM.test(form) && (form.match(/\p{Lu}/gu) ?? []).length >= 2 ? form : null;
}

/** The lower-case words a written name may hold: the connectors of organisation names and the determiners. */
export function nameLowerWords(knowledge: Pick<Knowledge, 'functionWords'>): ReadonlySet<string> {
  const { organizationConnectors, determiners } = knowledge.functionWords;
  return new Set([...organizationConnectors, ...determiners]);
}

/**
 * The organisation names an article writes in full: [the name its mention resolves to, the form
 * written]. A short form or acronym that joins a fuller name of the article ("Electoral Board" of
 * "National Electoral Board of Kenya") names that body, not itself, and gives no form.
 */
export function writtenOrganizationNames(x: Pick<ArticleExtraction, 'mentions' | 'article'>, knowledge: Knowledge, fuller = articleFullerNames(x, knowledge)): Array<[string, string]> {
  const lowerWords = nameLowerWords(knowledge);
  const out: Array<[string, string]> = [];
  for (const m of x.mentions) {
    // a bloc's aliases describe it ("European capitals", "Western powers"): no form of its name
    if (!writesOrganization(m) || fuller.has(m.canonical) || knownOrganization(knowledge, m.canonical, 'bloc')) continue;
    const form = formOf(m.surface, m.canonical, lowerWords);
    if (form !== null) out.push([m.canonical, form]);
  }
  return out;
}

function writesOrganization(m: Mention): boolean {
  return m.label === 'Organization' && m.kind === 'name' && !m.weak && m.canonical !== '';
}

/**
 * The node's name: knowledge's (or the resolved) name where the corpus writes it, or writes it less
 * a qualifier in front ("Security Council", "Joint Chiefs of Staff"), or writes no form at all;
 * else the fullest full form written (most words, then most characters, then the first in
 * alphabetical order: a choice that does not depend on the order the articles came in); else,
 * where only acronyms are written, the longest of them.
 */
export function organizationNodeName(name: string, written: ReadonlySet<string> | undefined): string {
  if (!written || written.size === 0 || written.has(name)) return name;
  // "Al Shabaab" as the corpus writes it, not knowledge's "Al-Shabaab": the same words, written otherwise
  const same = [...written].filter((form) => joinedLetters(form) === joinedLetters(name)).sort()[0];
  if (same !== undefined) return same;
  const key = ` ${entityKey(name)}`;
  let best: string | null = null;
  let acronym: string | null = null;
  for (const form of written) {
    // the name itself, or the name less a qualifier in front ("Security Council" of the United Nations Security Council)
    if (key.endsWith(` ${entityKey(form)}`)) return name;
    if (ACRONYM.test(form)) {
      if (acronym === null || fuller(form, acronym)) acronym = form;
    } else if (best === null || fuller(form, best)) best = form;
  }
  return best ?? acronym ?? name;
}

/** The name's letters and digits as written, without the hyphens, dots and spaces between them (case kept: a headline's capitals are no spelling). */
function joinedLetters(name: string): string {
  return name.replace(/[\s.\-‐]+/gu, '');
}

function fuller(a: string, b: string): boolean {
  const words = (s: string): number => s.split(/\s+/).length;
  if (words(a) !== words(b)) return words(a) > words(b);
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

/**
 * The full names of actors an article writes, by the id of the node they name: its organisations'
 * (writtenOrganizationNames) and its states' ("Burma", "Democratic Republic of Congo", "Côte
 * d'Ivoire": a state's name as written, not an adjective, a capital or an acronym). The corpus
 * index and the graph keep them by node (the `written` property) to name each node.
 */
export function writtenNames(x: Pick<ArticleExtraction, 'mentions' | 'article'>, knowledge: Knowledge, fuller = articleFullerNames(x, knowledge)): Array<[string, string]> {
  const keys = nameKeys(knowledge.functionWords.nameHonorifics);
  const lowerWords = nameLowerWords(knowledge);
  const out: Array<[string, string]> = writtenOrganizationNames(x, knowledge, fuller).map(([name, form]) => [entityId('Organization', name, keys), form]);
  for (const m of x.mentions) {
    if (m.label !== 'State' || m.kind !== 'name' || m.weak || m.canonical === '') continue;
    const form = fullForm(m.surface, lowerWords);
    if (form !== null && statesName(form, knowledge)) out.push([entityId('State', m.canonical, keys), form]);
  }
  return out;
}

/**
 * Is a form a state's own name: not its people's adjective ("Togolese", which the country data
 * also spells the state with) nor a phrase of its government ("Government of Peru")?
 */
function statesName(form: string, knowledge: Knowledge): boolean {
  const words = form.toLowerCase().split(/\s+/);
  const { governmentWords, ownSideNouns } = knowledge.functionWords;
  return !knowledge.demonymOf.has(normalizeWord(form)) && !words.some((w) => governmentWords.has(w) || ownSideNouns.has(w));
}

/**
 * A state's node name: knowledge's where the corpus writes it or writes no full form; else the
 * fullest form written that has at least as many words ("Democratic Republic of Congo" for DR
 * Congo, "Burma" for Myanmar, not "Britain" for the United Kingdom: a shorter everyday name leaves
 * the full one, as readers know it).
 */
export function stateNodeName(name: string, written: ReadonlySet<string> | undefined): string {
  if (!written || written.size === 0) return name;
  const key = entityKey(name);
  const words = name.split(/\s+/).length;
  let best: string | null = null;
  for (const form of written) {
    if (entityKey(form) === key) return name;
    if (form.split(/\s+/).length >= words && (best === null || fuller(form, best))) best = form;
  }
  return best ?? name;
}
