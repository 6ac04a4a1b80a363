// Targets: whom a claim addresses or is about — the direct object of "told/warned", the actors
// named in what was said, adjectives last — the speaker's own side (ownNames), coordinated actors
// ("Paris and London"), and the targets a claim without one inherits from the speaker's last claim.
import type { AffiliationClaim, Claim, Mention, Sentence } from '../model/types';
import { knownSide, officeIndex, officeKnowledge, stateOfCountry } from '../knowledge/derived/office-lookup';
import { nationalOffice } from '../knowledge/derived/offices';
import { datelineState, inDateline } from './datelines';
import { phraseAt } from './lexicon-match';
import { mentionEndingAt, mentionsFrom, type ArticleView, type Cue } from './view';
import { isPossessive } from '../lang/en/morphology';
import { lastWord } from '../lang/en/phrases';
import { linkedAddressees } from './addressees';
import { pronounReferent } from './pronoun-targets';
import { bothSidesAddressed } from './both-sides';



/** "in Ukraine", "on Ukrainian soil": the place where something happens, not a party to it. */
export function onlyPlace(view: ArticleView, mention: number): boolean {
  const m = view.mentions[mention];
  if (m.weak) return true;
  const { tokens } = view.sentences[m.sentence];
  if (!view.knowledge.functionWords.locativePrepositions.has(tokens[m.tokens[0] - 1]?.normal ?? '')) return false;
  // "sanctions on Iran", "tariffs on Mexico": the party a measure falls on, not a place
  return !view.knowledge.cues.warnObjects.has(tokens[m.tokens[0] - 2]?.normal ?? '');
}

/**
 * What the speaker said: the words after the verb, and the words before the subject only when they
 * are set off as fronted speech ('"...," said X', 'Sending troops ... disastrous for Paris, Shoigu told').
 */
/** How many words before the speaker's mention its subject may open with, and which. */
const SUBJECT_OPENING = 5;
const SUBJECT_OPENING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

export function contentRanges(sentence: Sentence, cue: Cue, region: { from: number; to: number }): { from: number; to: number }[] {
  if (cue.token < 0) return [region];
  const ranges = [{ from: cue.token + 1, to: region.to }];
  // the subject may open with words the speaker's mention leaves out ('..., the Guards warned',
  // '..., Iran's official IRNA news agency said')
  let subjectStart = cue.from;
  while (subjectStart > region.from && cue.from - subjectStart < SUBJECT_OPENING && SUBJECT_OPENING_TAGS.has(sentence.tokens[subjectStart - 1].pos)) subjectStart--;
  const before = sentence.tokens[subjectStart - 1];
  if (before && /^[,"”’:]$/.test(before.text) && subjectStart > region.from) ranges.unshift({ from: region.from, to: subjectStart - 1 });
  if (cue.from === cue.token && cue.token > region.from) ranges.unshift({ from: region.from, to: cue.token - 1 });
  return ranges;
}

/** The speaker's own names: the speaker and the states or bodies the article makes them speak for. */
export const ownNamesCache = new WeakMap<ArticleView, Map<string, Map<string, ReadonlySet<string>>>>();

/**
 * Cached per article (its mentions are settled before claims are read): asked for every claim,
 * target and agent. Keyed by what computeOwnNames reads of the speaker (its name and roleOf), not
 * by mention: the article's mentions are scanned once per speaker, not once per mention of one
 * (issue 13: quadratic in the number of quotes).
 */
export function ownNames(view: ArticleView, source: number): ReadonlySet<string> {
  let cache = ownNamesCache.get(view);
  if (!cache) ownNamesCache.set(view, (cache = new Map()));
  const speaker = view.mentions[source];
  // by name, then by roleOf: two look-ups of existing strings, no key string built per call
  let byRoleOf = cache.get(speaker.canonical ?? '');
  if (!byRoleOf) cache.set(speaker.canonical ?? '', (byRoleOf = new Map()));
  let names = byRoleOf.get(speaker.roleOf ?? '');
  if (!names) byRoleOf.set(speaker.roleOf ?? '', (names = computeOwnNames(view, source)));
  return names;
}

/**
 * "the Korean People's Army", "Kim Jong Un" for North Korea or its news agency: an actor whose own
 * side (its state, its leader's state) is the speaker's. Two people of one state may be opponents
 * (an opposition leader and the president): between people only the speaker's own names count.
 */
export function sharesSide(view: ArticleView, source: number, own: ReadonlySet<string>, mention: number): boolean {
  if (view.mentions[source].label === 'Person' && view.mentions[mention].label === 'Person') return false;
  for (const name of ownNames(view, mention)) if (own.has(name)) return true;
  return false;
}

/** Do two claims come from one side (a speaker and the state or body it speaks for)? */
export function sameSide(view: ArticleView, a: Claim, b: Claim): boolean {
  return ownNames(view, b.source).has(view.mentions[a.source].canonical) || ownNames(view, a.source).has(view.mentions[b.source].canonical);
}

/**
 * "President Bush", "Secretary Rice": a surname with a title, whose holders in the office-holder
 * dictionaries with that title and that family name all belong to one country (both Presidents
 * Bush are American); that country's state, or undefined.
 */
function titledSurnameSide(view: ArticleView, m: Mention): string | undefined {
  if (!m.role || !m.canonical || m.canonical.includes(' ')) return undefined;
  let sides = titledSurnameSides.get(view.knowledge);
  if (!sides) titledSurnameSides.set(view.knowledge, (sides = new Map()));
  // asked for every mention of a titled surname: the title's holders ("president": hundreds) are read once per title and name
  const key = `${m.role}|${m.canonical.toLowerCase()}`;
  if (!sides.has(key)) {
    const family = m.canonical.toLowerCase();
    const holders = (officeIndex(view.knowledge).byTitle.get(m.role) ?? []).filter((h) => lastWord(h.name).toLowerCase() === family);
    const countries = new Set(holders.map((h) => h.country).filter((c): c is string => !!c));
    sides.set(key, countries.size === 1 ? stateOfCountry(view.knowledge, [...countries][0]) : undefined);
  }
  return sides.get(key);
}

const titledSurnameSides = new WeakMap<ArticleView['knowledge'], Map<string, string | undefined>>();

/**
 * The state or body a title speaks for: the one the text gives it, or the one state that has the
 * office (offices.json nationalOffices: "Treasury Secretary X" speaks for the United States).
 */
function titleSide(view: ArticleView, m: Mention): string | undefined {
  return m.roleOf ?? (m.role ? (nationalOffice(officeKnowledge(view.knowledge), m.role, m.title) ?? titledSurnameSide(view, m)) : undefined);
}

/** Does a mention of the person give them a government's title with no state ("Minister of Foreign Affairs", "the Foreign Secretary")? */
function governmentTitled(view: ArticleView, canonical: string): boolean {
  const roles = view.knowledge.functionWords.governmentRoles;
  return view.mentions.some((m) => m.label === 'Person' && m.canonical === canonical && m.role !== undefined && m.roleOf === undefined && roles.has(lastWord(m.role)));
}

const statedSides = new WeakMap<ArticleView, Map<string, string>>();

/** The bodies role phrases give people ("Na Ri, an official with the Trade Ministry"), first one per person, before claims are read. */
export function noteStatedSides(view: ArticleView, affiliations: readonly AffiliationClaim[]): void {
  const sides = new Map<string, string>();
  for (const a of affiliations) {
    const person = view.mentions[a.person].canonical;
    if (person && !sides.has(person)) sides.set(person, view.mentions[a.org].canonical);
  }
  statedSides.set(view, sides);
}

export function computeOwnNames(view: ArticleView, source: number): Set<string> {
  const speaker = view.mentions[source];
  const names = new Set<string>();
  const side = titleSide(view, speaker) ?? (speaker.label === 'Person' && speaker.canonical ? knownSide(view.knowledge, speaker.canonical) : undefined);
  if (side) names.add(side);
  if (speaker.canonical) {
    names.add(speaker.canonical);
    const surname = lastWord(speaker.canonical);
    for (const m of view.mentions) {
      if (m.label !== 'Person' || !m.canonical || !endsWithWord(m.canonical, surname)) continue;
      const theirs = titleSide(view, m) ?? knownSide(view.knowledge, m.canonical);
      if (theirs) names.add(theirs);
    }
  }
  // "Ottawa – Jane Doe, Minister of Foreign Affairs, announced": a minister of no state named serves the one whose capital the dateline names
  if (names.size === 1 && speaker.canonical && governmentTitled(view, speaker.canonical)) {
    const state = datelineState(view);
    if (state) names.add(state);
  }
  // and what those bodies belong to: Zakharova -> Russian Foreign Ministry -> Russia
  for (const m of view.mentions) if (m.label !== 'Person' && names.has(m.canonical) && m.roleOf) names.add(m.roleOf);
  for (const name of [...names]) {
    const state = view.knowledge.stateOf(name);
    if (state) names.add(state);
  }
  // the body a role phrase gives the speaker, itself only: what a body's name suggests of its state
  // is a guess (a state's office for a neighbour's affairs speaks for the state, not the neighbour)
  const stated = speaker.canonical ? statedSides.get(view)?.get(speaker.canonical) : undefined;
  if (stated) names.add(stated);
  return names;
}

/** lastWord(name) === word, or the part after a hyphened particle ("al-Bashir", for "Bashir"), without cutting the name: asked of every mention for every speaker. */
function endsWithWord(name: string, word: string): boolean {
  if (!name.endsWith(word)) return false;
  if (name.length === word.length) return true;
  const before = name[name.length - word.length - 1];
  return before === ' ' || (before === '-' && !name.slice(0, name.length - word.length - 1).includes('-'));
}

const personSides = new WeakMap<ArticleView, Map<string, string>>();

/** The state or body a person speaks for: their title's, that of their full name elsewhere in the article, or knowledge's. */
export function personSide(view: ArticleView, m: number): string | undefined {
  const mention = view.mentions[m];
  const own = titleSide(view, mention);
  if (own) return own;
  let bySurname = personSides.get(view);
  if (!bySurname) {
    bySurname = new Map();
    for (const o of view.mentions) {
      const side = o.label === 'Person' && o.canonical ? titleSide(view, o) : undefined;
      if (side && !bySurname.has(lastWord(o.canonical))) bySurname.set(lastWord(o.canonical), side);
    }
    personSides.set(view, bySurname);
  }
  return bySurname.get(lastWord(mention.canonical)) ?? knownSide(view.knowledge, mention.canonical);
}

/** A mention of the speaker's own side: one of its names, or a person who speaks for it ("the Elysee said Macron ..."). */
export function onOwnSide(view: ArticleView, own: ReadonlySet<string>, m: number): boolean {
  const mention = view.mentions[m];
  if (mention.canonical && own.has(mention.canonical)) return true;
  if (mention.label !== 'Person' || !mention.canonical) return false;
  const side = personSide(view, m);
  if (side === undefined) return false;
  // a person of a body of the speaker's state ("Medvedev, of the Russian Security Council", for a Russian ministry)
  const bodyState = bodyStates(view).get(side) ?? view.knowledge.stateOf(side);
  return own.has(side) || (bodyState !== undefined && own.has(bodyState));
}

const bodyStatesCache = new WeakMap<ArticleView, Map<string, string>>();

/** The state each organisation of the article belongs to, where its mention says (read once per article). */
function bodyStates(view: ArticleView): Map<string, string> {
  let states = bodyStatesCache.get(view);
  if (!states) {
    states = new Map();
    for (const m of view.mentions) if (m.label === 'Organization' && m.roleOf && !states.has(m.canonical)) states.set(m.canonical, m.roleOf);
    bodyStatesCache.set(view, states);
  }
  return states;
}

/**
 * For a state's medium ("KCNA said"): its own names and its state's bodies ("the KPA") are its
 * side; the state's people are what it reports on ("KCNA reported that Kim ...").
 */
export function ownToMedium(view: ArticleView, own: ReadonlySet<string>, m: number): boolean {
  const mention = view.mentions[m];
  if (mention.canonical && own.has(mention.canonical)) return true;
  return mention.label === 'Organization' && mention.roleOf !== undefined && own.has(mention.roleOf);
}

/**
 * A lone capitalised word counts as a person only when a title names it ("President Bush", "Mr.
 * Okada") or it is the surname of someone the article names in full.
 */
export function plausibleActor(view: ArticleView, mention: number): boolean {
  const m = view.mentions[mention];
  if (m.label !== 'Person' || m.kind !== 'name' || m.canonical.includes(' ') || m.title !== undefined || m.role !== undefined) return true;
  return view.mentions.some((o) => o.label === 'Person' && o.canonical.includes(' ') && lastWord(o.canonical) === m.canonical);
}

/** "Paris and London" before position `before`: the first coordinated pair of actors in the sentence. */
export function firstCoordination(view: ArticleView, sentence: Sentence, before: number): number[] {
  const actors = view.bySentence[sentence.index].filter((m) => view.mentions[m].tokens[1] < before && view.mentions[m].qualifies === undefined && view.mentions[m].label !== 'Location');
  for (const m of actors) {
    const group = coordinatedAfter(view, sentence, view.mentions[m].tokens[0]);
    if (group.length > 1) return group;
  }
  return [];
}

export function coordinatedEndingAt(view: ArticleView, sentence: Sentence, last: number): number[] {
  const group = [last];
  let m = view.mentions[last];
  for (;;) {
    const and = m.tokens[0] - 1;
    if (sentence.tokens[and]?.normal !== 'and') break;
    const previous = mentionEndingAt(view, sentence, and - 1);
    if (previous === null) break;
    group.unshift(previous);
    m = view.mentions[previous];
  }
  return group;
}

/** After a comma, a list goes on only if the next actor is followed by another comma or "and". */
export function listGoesOn(view: ArticleView, sentence: Sentence, at: number): boolean {
  const start = sentence.tokens[at]?.normal === 'and' ? at + 1 : at;
  const next = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[0] === start || view.mentions[m].phraseStart === start);
  if (next === undefined) return false;
  const after = sentence.tokens[view.mentions[next].tokens[1] + 1]?.normal;
  return start !== at || after === ',' || after === 'and';
}

/** The actors named at token i and coordinated with it: "the French President Emmanuel Macron and the British Premier Keir Starmer". */
export function coordinatedAfter(view: ArticleView, sentence: Sentence, i: number): number[] {
  const { tokens } = sentence;
  const found: number[] = [];
  let at = i;
  for (;;) {
    const actors = view.bySentence[sentence.index].filter((m) => view.mentions[m].tokens[0] >= at && view.mentions[m].tokens[0] <= at + 5 && view.mentions[m].qualifies === undefined && view.mentions[m].label !== 'Location');
    if (actors.length === 0) break;
    // "threats made by Somalia's Islamist Al Shabaab insurgents": the possessor's own body, not the possessor
    const first = possessedActor(view, sentence, actors) ?? actors[0];
    // "the U.S. and other countries for the Houthis": a preposition or verb before it ends the list
    if (found.length > 0 && tokens.slice(at, view.mentions[first].tokens[0]).some((t) => t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'VERB' || t.pos === 'AUX')) break;
    found.push(first);
    const end = view.mentions[first].tokens[1];
    const joiner = tokens[end + 1]?.normal;
    if (joiner !== 'and' && !(joiner === ',' && listGoesOn(view, sentence, end + 2))) break;
    at = tokens[end + 2]?.normal === 'and' ? end + 3 : end + 2; // "Britain, France and Germany", "X, and Y"
  }
  return found;
}

/**
 * After a possessor ("Somalia's Islamist Al Shabaab insurgents"), the last actor named in the noun
 * phrase it opens (its words up to the first that is no name, adjective or noun), or undefined.
 */
function possessedActor(view: ArticleView, sentence: Sentence, actors: number[]): number | undefined {
  const { tokens } = sentence;
  const mark = view.mentions[actors[0]].tokens[1] + 1;
  if (!isPossessive(tokens[mark])) return undefined;
  let end = mark + 1;
  while (end < tokens.length && ['PROPN', 'ADJ', 'NOUN'].includes(tokens[end].pos)) end++;
  return actors.filter((m, k) => k > 0 && view.mentions[m].tokens[0] > mark && view.mentions[m].tokens[0] < end).pop();
}

/**
 * Who a claim is addressed to or about: the direct object of "told/warned/threatened", then the
 * actors named in what was said, then adjectives ("Ukrainian territory"). The speaker's own side
 * ("France" for a French minister) only when the words name no one else: "He stressed that Paris
 * has no such plans" is about France.
 */
export function targetsOf(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }, allowOwn = true): number[] {
  const own = ownNames(view, source);
  const content = contentRanges(sentence, cue, region); // once per clause, not once per mention
  const inContent = (m: number): boolean => content.some((r) => view.mentions[m].tokens[0] >= r.from && view.mentions[m].tokens[0] <= r.to);
  const named = mentionsFrom(view, sentence, region.from, region.to).filter((m) => {
    const mention = view.mentions[m];
    return m !== source && mention.label !== 'Location' && mention.qualifies === undefined && inContent(m) && !inDateline(view, sentence, m) && !reporterNamed(view, sentence, m);
  });
  // media report on their state's people ("KCNA reported that Kim ..."): those are what they talk about
  const isOwn = (m: number): boolean => (view.mentions[source].conduit ? ownToMedium(view, own, m) : onOwnSide(view, own, m));
  const others = named.filter((m) => !isOwn(m));
  const subjectLike = (m: number): boolean => {
    const mention = view.mentions[m];
    const before = sentence.tokens[mention.tokens[0] - 1];
    return !isPossessive(sentence.tokens[mention.tokens[1] + 1]) && !(before && before.pos === 'ADP');
  };
  const ownTopic = named.filter((m) => isOwn(m) && subjectLike(m) && !view.mentions[m].weak && view.mentions[m].canonical !== view.mentions[source].canonical && view.mentions[m].label !== 'Person');
  const candidates = others.length > 0 || !allowOwn ? others : partiesAfterRegion(view, sentence, region, isOwn, ownTopic);
  // "urged both sides to settle": the two parties the article sets against each other
  const sides = bothSidesAddressed(view, sentence, cue.token, isOwn);
  if (sides.length > 0) return [...sides, ...candidates.filter((m) => !sides.some((s) => view.mentions[s].canonical === view.mentions[m].canonical))];
  const phraseStart = (m: number): number => view.mentions[m].phraseStart ?? view.mentions[m].tokens[0];
  // the medium the words were told to ("told RIA Novosti that the EU ...") is no addressee when they name another party
  const inverted = view.knowledge.functionWords.inversionObjects.has(cue.lemma) ? candidates.find((m) => phraseStart(m) > cue.token && phraseStart(m) <= cue.token + 3) : undefined;
  const direct = inverted !== undefined && view.mentions[inverted].conduit && candidates.some((m) => !view.mentions[m].conduit) ? undefined : inverted;
  const linked = direct === undefined ? linkedAddressees(view, sentence, cue, region, candidates, (m) => coordinatedAfter(view, sentence, view.mentions[m].tokens[0])) : [];
  if (linked.length > 0) {
    const others = candidates.filter((m) => !linked.includes(m) && !afterAccordingTo(sentence, view.mentions[m].tokens[0]));
    return [...linked, ...others.sort((a, b) => rankOf(view, sentence, a) - rankOf(view, sentence, b))];
  }
  // who is cited ("according to a readout published by the Chinese Foreign Ministry") is a source, not an addressee
  const rest = candidates.filter((m) => m !== direct && !afterAccordingTo(sentence, view.mentions[m].tokens[0]));
  // "He was named the leader ...": the person the words are about, named before by a pronoun
  const referent = direct === undefined ? pronounReferent(view, sentence, contentRanges(sentence, cue, region), source, { isOwn, plausible: (m) => plausibleActor(view, m) }) : null;
  if (referent !== null && !rest.includes(referent)) rest.unshift(referent);
  const ordered = [...rest].sort((a, b) => (a === referent ? -1 : b === referent ? 1 : rankOf(view, sentence, a) - rankOf(view, sentence, b)));
  return direct !== undefined ? [direct, ...ordered] : ordered;
}

/**
 * Words that name only the speaker's own side ("X said Serbia will not impose sanctions, a position
 * that EU commissioner Y called ...") are about the party the rest of the sentence sets against
 * them, a title's body included ("EU" of "EU commissioner"); only when it names none, the own side.
 */
function partiesAfterRegion(view: ArticleView, sentence: Sentence, region: { from: number; to: number }, isOwn: (m: number) => boolean, ownTopic: number[]): number[] {
  // words that name no one at all leave the claim to inherit its targets (inherit-targets.ts)
  if (ownTopic.length === 0 || region.to >= sentence.tokens.length - 1) return ownTopic;
  const later = mentionsFrom(view, sentence, region.to + 1, sentence.tokens.length - 1).filter((m) => {
    const mention = view.mentions[m];
    return (mention.label === 'State' || mention.label === 'Organization') && !mention.weak && !mention.conduit && !isOwn(m);
  });
  return later.length > 0 ? later : ownTopic;
}

/**
 * Adjectives ("Ukrainian territory"), possessors ("Russia's missiles"), where something comes
 * from ("an award from the WTO against the European Union") and the media that carry the words
 * come after the actors the words are about.
 */
function rankOf(view: ArticleView, sentence: Sentence, m: number): number {
  const mention = view.mentions[m];
  if (mention.conduit) return 3;
  const start = mention.phraseStart ?? mention.tokens[0];
  const at = sentence.tokens[start - 1]?.normal === 'the' ? start - 2 : start - 1; // the word before the mention, past "the"
  const before = sentence.tokens[at];
  const { originPrepositions, venuePrepositions } = view.knowledge.functionWords;
  // "an award from the WTO", "In Ukraine, Russia has ...", "the Dialogue in Singapore": where
  // something comes from or happens; not where a verb sends its act ("to deploy in Ukraine")
  if (originPrepositions.has(before?.normal ?? '')) return 1;
  if (before && venuePrepositions.has(before.normal) && sentence.tokens[at - 1]?.pos !== 'VERB') return 2;
  if (mention.weak) return 2;
  // "a meeting of the Security Council", "UNSC resolutions": the forum where states speak, unless a verb addresses it ("urged the Council")
  if (view.knowledge.forums.has(mention.canonical) && sentence.tokens[start - 1]?.pos !== 'VERB' && before?.pos !== 'VERB') return 2;
  return isPossessive(sentence.tokens[mention.tokens[1] + 1]) ? 1 : 0;
}

export const ACCORDING_REACH = 7;

export function afterAccordingTo(sentence: Sentence, token: number): boolean {
  for (let i = Math.max(0, token - ACCORDING_REACH); i < token; i++) {
    if (phraseAt(sentence.tokens, i, ['according', 'to']) && !sentence.tokens.slice(i + 2, token).some((t) => t.normal === ',' || t.pos === 'VERB' && t.normal !== 'published' && t.normal !== 'provided')) return true;
  }
  return false;
}

/**
 * The parties a sentence names, for an act named at token i with no clause of its own ("the truce
 * offered by X", "sanctions threatened by X"): those before it first, nearest first (the one it is
 * put to stands right before it: "Nicaragua's failure to implement reforms called for by X"), then
 * those after it; never one of `excluded` (the act's authors and their sides).
 */
export function partiesAround(view: ArticleView, sentence: Sentence, i: number, excluded: ReadonlySet<string>): number[] {
  const distance = (m: number): number => Math.abs(view.mentions[m].tokens[0] - i);
  const parties = mentionsFrom(view, sentence, 0, sentence.tokens.length - 1).filter((m) => !excluded.has(view.mentions[m].canonical) && view.mentions[m].label !== 'Location' && view.mentions[m].qualifies === undefined && plausibleActor(view, m));
  const before = parties.filter((m) => view.mentions[m].tokens[1] < i).sort((a, b) => distance(a) - distance(b));
  const after = parties.filter((m) => view.mentions[m].tokens[1] >= i).sort((a, b) => distance(a) - distance(b));
  return [...before, ...after];
}

/** "told reporter Blessing Zulu of VOA": a person named after a word for one who takes the words down (function-words.json reporterNouns). */
function reporterNamed(view: ArticleView, sentence: Sentence, m: number): boolean {
  const mention = view.mentions[m];
  return mention.label === 'Person' && view.knowledge.functionWords.reporterNouns.has(sentence.tokens[(mention.phraseStart ?? mention.tokens[0]) - 1]?.normal ?? '');
}
