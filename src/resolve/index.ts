// The resolve stage: ArticleExtraction[] -> ResolvedArticle[]: one entity per real actor, within an
// article and across the corpus. Surnames join full names, titles join the person who holds them,
// spelling variants share a key. Pure.
import { boundedTitledSurname, datedTitledSurname, latestYearIn, loneBody, sameSurnameAsTitled, titledSurname, type Referent } from './lone-words';
import { isDictionaryWord } from '../lang/en/dictionary';
import type { ArticleExtraction, Claim, Drop, Entity, Mention, Relation, ResolvedArticle, TargetBasis } from '../model/types';
import type { Knowledge } from '../extract/knowledge';
import { ofAnotherTime, todaysHolder } from '../extract/current-holders';
import { foldedLetters, nameKeys, stableId, wordKey, type NameKeys } from './names';
import { articleFullerNames } from './organizations';
import { organizationNodeName, stateNodeName, writtenNames } from './written-names';
import { emptyCorpusIndex, entityId, indexArticle, keysOf, TWO_WORDS, unique, type CorpusIndex } from './corpus-index';
import { longerStateNames } from './states';
import { affiliationRelations } from './affiliations';
import { innerRuns, longerNameOf, type InnerRuns } from './short-forms';
import { endsWithDefiniteDescription } from '../lang/en/phrases';
import { unplacedHolder } from './unplaced-holders';

export { writtenNames } from './written-names';
export { emptyCorpusIndex, entityId, indexArticle, indexNames, writtenPersonNames, NO_GRAPH_MEMORY, type CorpusIndex, type GraphMemory, type KnownOrganization, type KnownPerson } from './corpus-index';

interface ArticleReferents {
  extraction: ArticleExtraction;
  /** Per mention: its referent, or null when it could not be resolved (and so is dropped). */
  referents: (Referent | null)[];
}

/** The name keys of a knowledge value. */
function knowledgeKeys(knowledge: Knowledge): NameKeys {
  return nameKeys(knowledge.functionWords.nameHonorifics);
}

export function resolveCorpus(extractions: ArticleExtraction[], knowledge: Knowledge): ResolvedArticle[] {
  const index = emptyCorpusIndex(knowledge);
  for (const x of extractions) indexArticle(index, x, knowledge);
  return extractions.map((x) => resolveArticle(x, index, knowledge));
}

/** Resolves one article against the corpus index: pure, so articles can be resolved in any order. */
export function resolveArticle(extraction: ArticleExtraction, index: CorpusIndex, knowledge: Knowledge): ResolvedArticle {
  // the organisations' fuller names, read by the referents and by the forms written
  const fuller = articleFullerNames(extraction, knowledge);
  const referents = resolveArticleMentions(extraction, knowledge, index, fuller);
  // An organisation is named as the corpus writes it (written-names.ts); the graph keeps the forms
  // each article wrote, so that loads day by day give the graph one load gives.
  const names: NodeNames = {
    person: (name) => canonicalPersonName(index, name),
    organization: (name, id) => organizationNodeName(name, index.writtenForms.get(id)),
    state: (name, id) => stateNodeName(name, index.writtenForms.get(id)),
  };
  return buildResolvedArticle({ extraction, referents }, names, knowledge, writtenNames(extraction, knowledge, fuller));
}


function isFullPersonName(m: Mention): boolean {
  return m.label === 'Person' && m.kind === 'name' && TWO_WORDS.test(m.canonical); // canonical.trim().split(/\s+/).length >= 2
}

/** A single-letter initial between a given name and a surname: "Robert E. Lighthizer", "John F Kerry". */
const MIDDLE_INITIAL = /^\S+(?:\s+\S+)*?\s+\p{Lu}\.?\s+\S+/u;

/**
 * The name a person is known by across the corpus: the graph's where it holds them already, else
 * knowledge's, else the most frequent full form (one without a middle initial where the texts
 * write one); but where every text writes the middle initial ("Antony J. Blinken" in the State
 * Department's statements), that written form.
 */
function canonicalPersonName(index: CorpusIndex, name: string): string {
  const key = keysOf(index).personKey(name);
  const stored = index.stored.get(key);
  if (stored !== undefined) return stored;
  const chosen = index.chosen.get(key);
  if (chosen !== undefined) return chosen;
  const known = index.known.get(key);
  const forms = index.forms.get(key);
  const written = [...(forms ?? [])].filter(([, count]) => count > 0);
  const writtenPlain = written.filter(([form]) => !MIDDLE_INITIAL.test(form));
  if (known && (written.length === 0 || writtenPlain.length > 0)) {
    const chosen = knownAsWritten(known, writtenPlain);
    index.chosen.set(key, chosen);
    return chosen;
  }
  if (!forms || forms.size === 0) return name;
  // "Robert Lighthizer" over "Robert E. Lighthizer": the form without a middle initial is the one
  // every text of the person shares (a text that writes the initial also reads without it)
  const all = written.length > 0 ? written : [...forms];
  const plain = all.filter(([form]) => !MIDDLE_INITIAL.test(form));
  const pool = plain.length > 0 ? plain : all;
  // equally frequent forms: the one with fewer English words is the name, the other a typo
  // ("Andres Manuel Lopez Obrador" over "Andres Manual Lopez Obrador")
  const best = pool.sort((a, b) => b[1] - a[1] || englishWords(a[0]) - englishWords(b[0]) || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
  index.chosen.set(key, best);
  return best;
}

/**
 * Knowledge's name of a person as the corpus writes it: "Nicolas Maduro" for a corpus that never
 * writes knowledge's "Nicolás Maduro", "Kim Jong-un" for "Kim Jong Un" (the same letters, less
 * accents, hyphens and spaces: the most written such form); knowledge's own where the corpus
 * writes it or writes no such form.
 */
function knownAsWritten(known: string, written: ReadonlyArray<[string, number]>): string {
  if (written.some(([form]) => form === known)) return known;
  const letters = foldedLetters(known);
  const same = written.filter(([form]) => foldedLetters(form) === letters).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return same[0]?.[0] ?? known;
}

/** How many words of a name are English dictionary words. */
function englishWords(name: string): number {
  return name.split(/\s+/).filter((w) => isDictionaryWord(w.toLowerCase())).length;
}

// ---------------------------------------------------------------- one article

function resolveArticleMentions(x: ArticleExtraction, knowledge: Knowledge, corpus: CorpusIndex, fullerOrganization: Map<string, string>): (Referent | null)[] {
  const keys = keysOf(corpus);
  const full = x.mentions.filter(isFullPersonName);
  const fullNames = indexFullNames(keys, full);
  const runs = innerRuns(keys, unique(keys, full.map((m) => m.canonical)));
  const insideSentences = wordsInsideSentences(x.mentions, x.article.text);
  const longerStateName = longerStateNames(x.mentions);
  let year: number | null | undefined;
  const latestYear = (): number | null => (year === undefined ? (year = latestYearIn(x.article.text)) : year); // read once, where a titled surname asks
  const referents: (Referent | null)[] = x.mentions.map((m) => {
    if (m.label === 'Organization') return { label: m.label, name: fullerOrganization.get(m.canonical) ?? m.canonical };
    if (m.label === 'State') return { label: m.label, name: longerStateName(m) ?? m.canonical };
    if (m.label !== 'Person') return { label: m.label, name: m.canonical };
    if (m.kind === 'title') return null; // second pass, once named people are known
    if (isFullPersonName(m)) return { label: 'Person', name: longerNameOf(keys, runs, m.canonical) ?? m.canonical };
    // "President Clinton" in 1996 is the president of 1996 before any Clinton of another article
    const date = x.article.date ?? x.eraDate;
    const dated = (): Referent | null => (date ? datedTitledSurname(m, knowledge, date) : boundedTitledSurname(m, knowledge, latestYear()));
    return articleSurname(m, fullNames, runs, corpus) ?? dated() ?? corpusSurname(m, corpus) ?? loneBody(m, insideSentences) ?? titledSurname(m, knowledge);
  });
  sameSurnameAsTitled(x.mentions, referents);
  const today = !ofAnotherTime(x.mentions, knowledge); // knowledge's office holders are today's
  x.mentions.forEach((m, i) => {
    if (m.label === 'Person' && m.kind === 'title') referents[i] = resolveTitle(x, i, referents, knowledge, today);
  });
  // an adjective ("Ukrainian territory") refers to a state only where the article names that state as
  // an actor, or where it is one: the source of a claim ("the Japanese government rejected")
  const sources = new Set(x.claims.map((c) => c.source));
  // so does an armed group the text never names ("Somali pirates"): a node only where it speaks
  const named = new Set(x.mentions.filter((m, i) => (!nodeOnlyAsSpeaker(m) || sources.has(i)) && referents[i]).map((m) => `${m.label}:${m.canonical}`));
  x.mentions.forEach((m, i) => {
    if (nodeOnlyAsSpeaker(m) && !named.has(`${m.label}:${m.canonical}`)) referents[i] = null;
  });
  return referents;
}

/**
 * "Putin" is the Vladimir Putin of this article, else of the corpus or knowledge. A lone word may
 * also be the family name written first ("Kim", "Lee", "Wang"); where two people share it, the
 * one named last before wins ("Kim said" after "Kim Yo Jong"). A lone capitalised word that is
 * nobody's name is not taken for a person: news introduces people by full name, and lone
 * capitalised words are far more often sentence openers ("Diplomats said") or comment names.
 */
function articleSurname(m: Mention, fullNames: FullNameIndex, runs: InnerRuns, corpusIndex: CorpusIndex): Referent | null {
  const keys = keysOf(corpusIndex);
  const key = keys.surnameKey(m.canonical);
  for (const candidates of [fullNames.byLast.get(key), fullNames.byFirst.get(key)]) {
    if (!candidates) continue;
    candidates.names ??= unique(keys, candidates.mentions.map((n) => n.canonical));
    const names = candidates.names;
    if (names.length === 1) return { label: 'Person', name: names[0] };
    if (names.length > 1) {
      const latest = lastStartingBefore(candidates, m.start) ?? candidates.mentions[0];
      return { label: 'Person', name: latest.canonical };
    }
  }
  const longer = longerNameOf(keys, runs, m.canonical); // "Sheinbaum" of Claudia Sheinbaum Pardo
  return longer ? { label: 'Person', name: longer } : null;
}

/** A lone surname the article gives no full name for: the one person of that surname in the corpus. */
function corpusSurname(m: Mention, corpusIndex: CorpusIndex): Referent | null {
  const key = keysOf(corpusIndex).surnameKey(m.canonical);
  const corpus = corpusIndex.bySurname.get(key) ?? [];
  if (corpus.length === 1) return { label: 'Person', name: corpus[0] };
  const inner = corpus.length === 0 ? (corpusIndex.byInnerWord.get(key) ?? []) : [];
  if (inner.length === 1) return { label: 'Person', name: inner[0] }; // "Lula" of Luiz Inacio Lula da Silva, named in another article
  return null;
}

/**
 * The one-word names the article's mentions write inside a clause: after a word, a number or a
 * comma, not after a sentence's start, a dash or a colon, where a capital opens the clause
 * ("NAIROBI, June 5 - Miano proposed": a dateline ends before "Miano", whose capital is the
 * clause's, so it may be a surname as well as a body).
 */
function wordsInsideSentences(mentions: Mention[], text: string): Set<string> {
  return new Set(mentions.filter((m) => m.tokens[0] > 0 && m.tokens[0] === m.tokens[1] && insideClause(text, m.start)).map((m) => m.canonical));
}

const CLAUSE_CHARACTER = /^[\p{L}\p{N},]$/u;

/**
 * Is the last character before `start` that is not a space (within 40) a letter, a number or a
 * comma? /[\p{L}\p{N},]\s*$/u on the 40 characters before, read backwards from `start` instead
 * of tried at each of them; a letter outside the BMP is read as its two code units.
 */
function insideClause(text: string, start: number): boolean {
  const floor = Math.max(0, start - 40);
  let k = start - 1;
  while (k >= floor && /\s/.test(text[k])) k--;
  if (k < floor) return false;
  const unit = text.charCodeAt(k);
  return CLAUSE_CHARACTER.test(unit >= 0xdc00 && unit <= 0xdfff && k > floor ? text.slice(k - 1, k + 1) : text[k]);
}

/** An article's full names by family-name key and by first-word key, in article order. */
interface FullNameIndex {
  byLast: Map<string, Candidates>;
  byFirst: Map<string, Candidates>;
}

interface Candidates {
  mentions: Mention[];
  /** Whether the mentions' starts ascend (then the latest before a point is found by binary search). */
  sorted: boolean;
  /** Their distinct names, worked out at the first look-up. */
  names?: string[];
}

// Keyed once per article, so that each lone surname looks up its candidates instead of scanning
// every full name (issue 13: quadratic on a long article that repeats names).
function indexFullNames(keys: NameKeys, fullNames: Mention[]): FullNameIndex {
  const byLast = new Map<string, Candidates>();
  const byFirst = new Map<string, Candidates>();
  const add = (map: Map<string, Candidates>, key: string, n: Mention): void => {
    const entry = map.get(key);
    if (!entry) map.set(key, { mentions: [n], sorted: true });
    else {
      entry.sorted &&= entry.mentions[entry.mentions.length - 1].start <= n.start;
      entry.mentions.push(n);
    }
  };
  for (const n of fullNames) {
    add(byLast, keys.surnameKey(n.canonical), n);
    add(byFirst, wordKey(n.canonical.split(/\s+/)[0]), n);
  }
  return { byLast, byFirst };
}

/** The last candidate (in article order) that starts before `start`. */
function lastStartingBefore(candidates: Candidates, start: number): Mention | undefined {
  const list = candidates.mentions;
  if (!candidates.sorted) return list.filter((n) => n.start < start).pop();
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? list[low - 1] : undefined;
}

/** "the Russian president" -> the person this article (or knowledge) gives that office. */
function resolveTitle(x: ArticleExtraction, index: number, referents: (Referent | null)[], knowledge: Knowledge, today: boolean): Referent | null {
  const m = x.mentions[index];
  if (m.canonical) return { label: 'Person', name: fullNameFor(knowledgeKeys(knowledge), x, m.canonical) };
  const holders = x.mentions
    .map((other, i) => ({ other, i }))
    .filter(({ other, i }) => i !== index && other.label === 'Person' && other.kind === 'name' && referents[i] !== null && other.roleOf !== undefined);
  if (m.counterpart) {
    const possessorRole = possessorRoleOf(x, index, referents);
    const sameState = holders.filter(({ other }) => other.roleOf === m.roleOf);
    const best = sameState.find(({ other }) => other.role === possessorRole || other.counterpart) ?? sameState[0];
    if (best) return referents[best.i];
    return knowledgeHolder(knowledge, possessorRole ?? 'president', m.roleOf, undefined, today);
  }
  const exact = holders.filter(({ other }) => other.role === m.role && other.roleOf === m.roleOf);
  if (exact.length > 0) return referents[exact[0].i];
  // "the Bolivian leader" after "Bolivian President Evo Morales": the nearest head of that state named before
  const heads = knowledge.headOffices.get(m.role ?? '');
  const head = heads && holders.filter(({ other, i }) => i < index && other.roleOf === m.roleOf && heads.has(other.role ?? '')).pop();
  if (head) return referents[head.i];
  return unplacedHolder(x, index, referents, knowledge) ?? knowledgeHolder(knowledge, m.role, m.roleOf, m.roleModifiers, today) ?? describedNearby(knowledgeKeys(knowledge), x, index, referents, knowledge.uniqueOffices);
}

/**
 * "Mark Rutte arrived in Kyiv. The former Dutch prime minister said ...": a definite description
 * with a state, that names nobody else and opens its sentence's people, refers to the one person
 * named in the sentence before, unless that person holds the same office for another state.
 */
function describedNearby(keys: NameKeys, x: ArticleExtraction, index: number, referents: (Referent | null)[], uniqueOffices: ReadonlySet<string>): Referent | null {
  const m = x.mentions[index];
  if (!m.roleOf || !endsWithDefiniteDescription(x.article.text.slice(Math.max(0, m.start - 24), m.start + 4))) return null;
  const found = new Map<string, Referent>();
  for (let i = index - 1; i >= 0 && x.mentions[i].sentence >= m.sentence - 1; i--) {
    const other = x.mentions[i];
    const referent = referents[i];
    if (other.label !== 'Person') continue;
    if (other.sentence === m.sentence) return null; // "X summoned the Russian ambassador": someone else
    if (other.kind !== 'name' || !referent) continue;
    if (!opensSentencePeople(x, i)) continue; // "... granting asylum to Snowden. The Sudanese leader said": not the sentence's actor
    if (sameTitleBeside(x, i, m)) continue; // "Amadou Keita spoke with the Ugandan president. The Ugandan president said": someone else
    if (other.role === m.role && other.roleOf && other.roleOf !== m.roleOf) continue;
    // the French president is no French foreign minister (two offices of one holder each); "the Chinese diplomat" may be the vice minister
    if (other.role && m.role && other.role !== m.role && other.roleOf === m.roleOf && uniqueOffices.has(other.role) && uniqueOffices.has(m.role)) continue;
    found.set(keys.personKey(referent.name), referent);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** The sentence of mention `index` also holds a title of the same office of the same state as `title` (its mentions only are read). */
function sameTitleBeside(x: ArticleExtraction, index: number, title: Mention): boolean {
  const { sentence } = x.mentions[index];
  const same = (o: Mention): boolean => o.kind === 'title' && o.role === title.role && o.roleOf === title.roleOf;
  for (let i = index - 1; i >= 0 && x.mentions[i].sentence === sentence; i--) if (same(x.mentions[i])) return true;
  for (let i = index + 1; i < x.mentions.length && x.mentions[i].sentence === sentence; i++) if (same(x.mentions[i])) return true;
  return false;
}

/** No person is mentioned before this one in its sentence. */
function opensSentencePeople(x: ArticleExtraction, index: number): boolean {
  const sentence = x.mentions[index].sentence;
  for (let i = index - 1; i >= 0 && x.mentions[i].sentence === sentence; i--) if (x.mentions[i].label === 'Person') return false;
  return true;
}

/** A holder named by surname only elsewhere in the article keeps the full name the article gives. */
function fullNameFor(keys: NameKeys, x: ArticleExtraction, name: string): string {
  if (name.includes(' ')) return name;
  const { surnameKey } = keys;
  const full = x.mentions.find((o) => isFullPersonName(o) && (surnameKey(o.canonical) === surnameKey(name) || wordKey(o.canonical.split(/\s+/)[0]) === surnameKey(name)));
  return full ? full.canonical : name;
}

/** The role of the person whose counterpart is meant: the nearest earlier named person with a role. */
function possessorRoleOf(x: ArticleExtraction, index: number, referents: (Referent | null)[]): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const m = x.mentions[i];
    if (m.label === 'Person' && m.kind === 'name' && referents[i] && m.role && m.roleOf !== x.mentions[index].roleOf) return m.role;
  }
  return undefined;
}

function knowledgeHolder(knowledge: Knowledge, role: string | undefined, roleOf: string | undefined, modifiers: readonly string[] | undefined, today: boolean): Referent | null {
  const holder = todaysHolder(knowledge, role, roleOf, modifiers, today);
  return holder ? { label: 'Person', name: holder } : null;
}

// ---------------------------------------------------------------- entities and relations

/** The name a node carries across the corpus, from the name its mentions resolved to. */
interface NodeNames {
  person: (name: string) => string;
  organization: (name: string, id: string) => string;
  state: (name: string, id: string) => string;
}

function buildResolvedArticle(a: ArticleReferents, names: NodeNames, knowledge: Knowledge, writtenNames: Array<[string, string]>): ResolvedArticle {
  const { extraction: x } = a;
  const articleId = x.article.id;
  const entities = new Map<string, Entity>();
  const keys = knowledgeKeys(knowledge);
  const entityOfMention: (string | null)[] = a.referents.map((r, i) => {
    if (!r) return null;
    // an organisation's or a state's id is its resolved name's, whatever form of it names the node
    const writtenId = r.label === 'Organization' || r.label === 'State' ? entityId(r.label, r.name, keys) : null;
    const name = r.label === 'Person' ? names.person(r.name) : writtenId === null ? r.name : r.label === 'State' ? names.state(r.name, writtenId) : names.organization(r.name, writtenId);
    const id = writtenId ?? entityId(r.label, name, keys);
    const entity = entities.get(id) ?? { id, label: r.label, name, aliases: writtenId && name !== r.name ? [r.name] : [], articles: [articleId] };
    const surfaces = x.mentions[i].weak ? [] : aliasesOf(x, i);
    for (const alias of surfaces.filter((s): s is string => !!s)) {
      if (alias !== name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    }
    entities.set(id, entity);
    return id;
  });
  keepWrittenNames(entities, writtenNames);
  const drops: Drop[] = [...(x.drops ?? []), ...unresolvedMentions(x, entityOfMention), ...affiliationsWithoutNode(x, entityOfMention)];
  const affiliations = affiliationRelations({ extraction: x, entityOf: entityOfMention, entities, knowledge });
  const relations = [...claimRelations(x, entityOfMention, drops), ...affiliations];
  const mentions = x.mentions
    .map((m, i) => ({ entity: entityOfMention[i], span: { start: m.start, end: m.end }, surface: m.surface }))
    .filter((m): m is { entity: string; span: { start: number; end: number }; surface: string } => m.entity !== null);
  return { article: x.article, entities: [...entities.values()], relations, mentions, messages: x.messages, drops };
}

/** Each organisation or state of the article keeps the full forms of its name the article writes: the graph remembers them for later loads. */
function keepWrittenNames(entities: Map<string, Entity>, writtenNames: Array<[string, string]>): void {
  for (const [id, form] of writtenNames) {
    const entity = entities.get(id);
    if (!entity || (entity.label !== 'Organization' && entity.label !== 'State')) continue;
    entity.written ??= [];
    if (!entity.written.includes(form)) entity.written.push(form);
  }
}

/** An adjective ("Ukrainian"), an armed group the text never names or a state's armed service: a node only where it speaks, and no drop where it makes none. */
function nodeOnlyAsSpeaker(m: Mention): boolean {
  return m.weak === true || m.unnamedGroup === true || m.speakerOnly === true;
}

/** Drops: mentions of actors nobody was found for (an adjective that names no actor is not one). */
function unresolvedMentions(x: ArticleExtraction, entityOf: (string | null)[]): Drop[] {
  return x.mentions.flatMap((m, i) => (entityOf[i] !== null || nodeOnlyAsSpeaker(m) ? [] : [mentionDrop('mention-unresolved', m)]));
}

function mentionDrop(reason: Drop['reason'], m: Mention, context?: { start: number; end: number }): Drop {
  return { reason, words: m.surface, sentence: m.sentence, at: { start: m.start, end: m.end }, ...(context ? { context: { start: context.start, end: context.end } } : {}) };
}

/**
 * The forms a mention gives its entity as aliases. A bare title ("Prime Minister", "the
 * president": no state or body in it) names whoever holds an office at a time, so it is never an
 * alias of one person across the corpus; "Japanese Prime Minister" is.
 */
function aliasesOf(x: ArticleExtraction, i: number): (string | undefined)[] {
  const m = x.mentions[i];
  if (m.label !== 'Person' || m.title === undefined) return [m.surface, m.title];
  const qualified = x.mentions[i - 1]?.qualifies === i || x.mentions[i + 1]?.qualifies === i;
  if (qualified) return [m.surface, m.title];
  return m.kind === 'title' ? [] : [m.surface];
}

/** An affiliation the text states whose person or body did not resolve: its edge cannot be drawn. */
function affiliationsWithoutNode(x: ArticleExtraction, entityOf: (string | null)[]): Drop[] {
  return x.affiliations.flatMap((aff) => {
    const source = entityOf[aff.person];
    const target = entityOf[aff.org];
    return source && target ? [] : [mentionDrop('edge-without-node', x.mentions[source ? aff.org : aff.person], aff.evidence)];
  });
}

function claimRelations(x: ArticleExtraction, entityOf: (string | null)[], drops: Drop[]): Relation[] {
  const out = new Map<string, Relation>();
  const lostTargets = new Set<string>();
  for (const claim of x.claims) {
    const source = entityOf[claim.source] ?? officeOf(x, claim.source, entityOf);
    if (!source) drops.push(mentionDrop('speaker-unresolved', x.mentions[claim.source], claim.evidence));
    if (!source) continue;
    // "asked the French ambassador to leave": a title naming nobody stands for its state, as a
    // speaker's does, where the claim names no other target (elsewhere the state is often the speaker's own)
    const named = claim.targets.some((t) => entityOf[t] && entityOf[t] !== source);
    const targetOf = (t: number): string | null => entityOf[t] ?? (named ? null : officeOf(x, t, entityOf));
    const lost = claim.targets.find((t) => !targetOf(t) && !nodeOnlyAsSpeaker(x.mentions[t]));
    if (lost !== undefined && !lostTargets.has(`${lost}@${claim.evidence.start}`)) drops.push(mentionDrop('target-unresolved', x.mentions[lost], claim.evidence));
    if (lost !== undefined) lostTargets.add(`${lost}@${claim.evidence.start}`); // once, whatever the claim types of the clause
    // extraction ordered the targets (the speaker's own side only where nobody else is named)
    const targets = uniqueIds(claim.targets.map(targetOf).filter((t): t is string => !!t && t !== source));
    const id = stableId('rel', x.article.id, claim.type, source, claim.evidence.start, claim.evidence.end);
    if (out.has(id)) continue;
    out.set(id, relationOf(x, claim, id, source, targets, targetBasis(claim, targets, entityOf)));
  }
  return [...out.values()];
}

/** An official the article does not name ("Moscow's ambassador") speaks for the state or body of the title. */
function officeOf(x: ArticleExtraction, mention: number, entityOf: (string | null)[]): string | null {
  if (x.mentions[mention].kind !== 'title') return null;
  const qualifier = x.mentions.findIndex((m) => m.qualifies === mention && m.label !== 'Person');
  return qualifier >= 0 ? entityOf[qualifier] : null;
}

/** How the edge's main target was found: an inferred first target that did not resolve leaves the sentence's own. */
function targetBasis(claim: Claim, targets: string[], entityOf: (string | null)[]): TargetBasis | undefined {
  if (targets.length === 0) return undefined;
  if (claim.targetFrom === undefined || entityOf[claim.targets[0]] !== targets[0]) return 'sentence';
  return claim.targetFrom;
}

function relationOf(x: ArticleExtraction, claim: Claim, id: string, source: string, targets: string[], targetFrom: TargetBasis | undefined): Relation {
  return {
    id,
    type: claim.type,
    source,
    target: targets[0] ?? null,
    targets,
    article: x.article.id,
    evidence: claim.evidence.text,
    start: claim.evidence.start,
    end: claim.evidence.end,
    quote: claim.quote,
    cue: claim.cue,
    ...(targetFrom ? { targetFrom } : {}),
    date: x.article.date,
  };
}

function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids)];
}
