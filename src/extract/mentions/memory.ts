// What the mentions of an article's earlier sentences tell the later ones: the acronyms it
// defined ("the Independent Electoral and Boundaries Commission (IEBC)"), the organisations it
// named with their kinds (for "the company", "the party"), and their short names ("Nordvik Inc."
// then "Nordvik"). One memory per article, filled sentence by sentence in reading order.
import type { Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import { type Draft, type SentenceContext, draft } from './context';
import { organizationForm } from './name-words';
import type { MentionMemory, RememberedOrganization } from './memory-types';
import { isPossessive } from '../../lang/en/morphology';
import { knownSide } from '../../knowledge/derived/office-lookup';

export type { MentionMemory } from './memory-types';

/** How many organisations a back-reference looks back over. */
const REMEMBERED = 50;

export function newMentionMemory(): MentionMemory {
  return { acronyms: new Map(), shortNames: new Map(), organizations: [], surnames: new Map(), stateForces: new Map() };
}

/** The kinds of group a group noun names (mention-words.json backReferences: "pirates" an armed group, "protesters" protesters). */
export function groupKinds(ctx: SentenceContext, noun: string): string[] {
  return ctx.knowledge.mentionWords.backReferences.get(noun) ?? ['armed group'];
}

/** The kinds an organisation draft is of: its lexicon kind, or the kinds of its organisation forms. */
function kindsOf(ctx: SentenceContext, d: Draft): Set<string> {
  const { tokens } = ctx.sentence;
  const kinds = new Set<string>();
  const known = longestMatch(tokens, d.tokens[0], ctx.knowledge.names);
  for (const e of known?.entries ?? []) {
    if (e.kind === 'bloc') kinds.add('bloc');
    if (e.orgKind) kinds.add(e.orgKind === 'armed-group' ? 'armed group' : e.orgKind);
  }
  for (let k = d.tokens[0]; k <= d.tokens[1]; k++) {
    const form = /^\p{Lu}/u.test(tokens[k].text) ? organizationForm(ctx.knowledge, tokens[k].text) : undefined;
    if (form) kinds.add(form.kind);
  }
  // "the rebel group M23", "the militant group X": an armed group by the words that introduce it
  const introducer = tokens[d.tokens[0] - 1];
  if (introducer && ctx.knowledge.mentionWords.backReferences.has(introducer.normal) && ctx.knowledge.functionWords.insurgentWords.has(tokens[d.tokens[0] - 2]?.normal ?? '')) kinds.add('armed group');
  // "the opposition Orange Democratic Movement": the opposition, for "the opposition" later
  if (ctx.knowledge.functionWords.oppositionWords.has(introducer?.normal ?? '')) kinds.add('opposition');
  // "M23 rebels", "Al Shabaab insurgents": a body the words after it call an armed group
  const after = tokens[d.tokens[1] + 1]?.normal ?? '';
  if (ctx.knowledge.functionWords.groupNouns.has(after)) for (const kind of groupKinds(ctx, after)) kinds.add(kind);
  return kinds;
}

/** After a sentence: the surnames of the people it named, so that "Cook said" (wordSurname) and "Paris claims" (placeSurname, after "Valeska Paris") are them. */
export function rememberSurnames(ctx: SentenceContext, drafts: Draft[]): void {
  const memory = ctx.memory;
  if (!memory) return;
  for (const d of drafts) {
    if (d.label !== 'Person' || d.kind !== 'name' || d.tokens[1] === d.tokens[0]) continue;
    // a surname two people share ("Bill Clinton", "Hillary Clinton") names neither alone
    const surname = ctx.sentence.tokens[d.tokens[1]].normal;
    const known = memory.surnames.get(surname);
    memory.surnames.set(surname, known === undefined || known === d.canonical ? d.canonical : '');
  }
}

/**
 * "Cook said Carter stopped the practice" after "Pentagon press secretary Peter Cook": a capitalised
 * word the tagger reads as a common one (a verb, a noun) that is the surname of a person the
 * article named, before a verb, is that person.
 */
export function wordSurname(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const t = tokens[i];
  if (t.pos === 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return null;
  const person = ctx.memory?.surnames.get(t.normal);
  return person && verbAfter(tokens, i + 1) ? [draft(ctx, i, i, { label: 'Person', kind: 'name', canonical: person })] : null;
}

/** A lone place name that is the surname of a person the article named ("Paris claims ..."): that person. */
export function placeSurname(ctx: SentenceContext, i: number, last: number): Draft | null {
  const person = last === i ? ctx.memory?.surnames.get(ctx.sentence.tokens[i].normal) : undefined;
  return person ? draft(ctx, i, i, { label: 'Person', kind: 'name', canonical: person }) : null;
}

/** After a sentence: its organisations, for the sentences that follow. */
export function rememberOrganizations(ctx: SentenceContext, drafts: Draft[]): void {
  const memory = ctx.memory;
  if (!memory) return;
  for (const d of drafts) {
    if (d.label !== 'Organization' || d.kind !== 'name' || d.weak || d.unnamedGroup || !d.canonical) continue; // an unnamed group is remembered once, by armed-groups.ts
    // a name of several words, or one whose phrase opened before it ("the Chadian military")
    const written = d.tokens[1] > d.tokens[0] || (d.phraseStart ?? d.tokens[0]) < d.tokens[0] ? ctx.sentence.tokens[d.tokens[1]].normal : undefined;
    const words = new Set(d.canonical.toLowerCase().split(/\s+/));
    // "the rebel group Raia Mutomboki": the noun that introduced it is what "the group" later calls it
    const introducedAs = ctx.sentence.tokens[d.tokens[0] - 1];
    if (introducedAs && ctx.knowledge.mentionWords.backReferences.has(introducedAs.normal)) words.add(introducedAs.normal);
    memory.organizations.push({ canonical: d.canonical, kinds: kindsOf(ctx, d), words, writtenHead: written, speakerOnly: d.speakerOnly });
    if (memory.organizations.length > 2 * REMEMBERED) memory.organizations.splice(0, REMEMBERED);
  }
}

/** "the company", "the party", "the bloc": the last organisation of that kind the article named. */
export function backReference(ctx: SentenceContext, i: number, before: readonly Draft[] = []): Draft[] | null {
  const memory = ctx.memory;
  const { tokens } = ctx.sentence;
  if (memory && tokens[i].normal !== 'the') return governmentOfHead(ctx, i, before) ?? headOfPeople(ctx, i);
  if (!memory || tokens[i].normal !== 'the' || !tokens[i + 1]) return null;
  if (/^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1].text)) return capitalisedBackReference(ctx, i);
  if (!/^\p{Ll}+$/u.test(tokens[i + 1].text)) return null;
  const noun = tokens[i + 1].normal;
  const kinds = ctx.knowledge.mentionWords.backReferences.get(noun);
  const after = tokens[i + 2];
  if (ctx.knowledge.mentionWords.stateBackReferences.has(noun)) return stateBackReference(ctx, i);
  // "The Indonesian government deployed troops ... The government says": the state whose government
  // was named; but "the Clinton Administration ... The administration will" is the leader's body
  if (ctx.knowledge.functionWords.governmentWords.has(noun) && memory.governmentState && verbAfter(tokens, i + 2)) {
    const led = ctx.knowledge.mentionWords.leaderBodies.has(noun) ? lastOrganization(ctx, i, i + 1, (org) => org.words.has(noun)) : null;
    return led ?? [draft(ctx, i, i + 1, { label: 'State', kind: 'name', canonical: memory.governmentState })];
  }
  // "Kenyan President Mwai Kibaki met ... The government said": the state of the head of government
  if (ctx.knowledge.mentionWords.possessedGovernments.has(noun) && memory.headedState && verbAfter(tokens, i + 2)) return [draft(ctx, i, i + 1, { label: 'State', kind: 'name', canonical: memory.headedState })];
  // "the company's chief" is the company; "the party leadership", "the party of Lenin" are not it
  // ("The rebels Monday demanded": a day after the noun is no part of a name)
  const dated = after !== undefined && (ctx.knowledge.days.has(after.normal) || ctx.knowledge.temporalWords.has(after.normal));
  if (after && !dated && !isPossessive(after) && (after.normal === 'of' || ['NOUN', 'PROPN', 'ADJ'].includes(after.pos))) return null;
  if (!kinds) return headBackReference(ctx, i);
  return lastOrganization(ctx, i, i + 1, (org) => org.words.has(noun) || kinds.some((kind) => org.kinds.has(kind)));
}

/** The last of the organisations remembered (REMEMBERED at most) that passes `test`, as the draft of the words first..last, or null. */
export function lastOrganization(ctx: SentenceContext, first: number, last: number, test: (org: RememberedOrganization) => boolean): Draft[] | null {
  const organizations = ctx.memory?.organizations ?? [];
  const from = Math.max(0, organizations.length - REMEMBERED);
  for (let k = organizations.length - 1; k >= from; k--) {
    const org = organizations[k];
    if (test(org)) return [draft(ctx, first, last, { label: 'Organization', kind: 'name', canonical: org.canonical, unnamedGroup: org.groupOf !== undefined, speakerOnly: org.speakerOnly })];
  }
  return null;
}

/**
 * "The Philippine Navy says ... The navy said", "the Security Council ... the council": a singular
 * noun that makes a name an organisation's (organization-patterns.json orgWords) names the last
 * organisation whose written name ends in it. A newspaper is not "the times" or "the post".
 */
function headBackReference(ctx: SentenceContext, i: number): Draft[] | null {
  const memory = ctx.memory;
  const head = ctx.sentence.tokens[i + 1];
  if (!memory || head.lemma !== head.normal || !ctx.knowledge.orgWords.has(head.normal) || ctx.knowledge.functionWords.governmentWords.has(head.normal)) return null;
  return lastOrganization(ctx, i, i + 1, (org) => org.writtenHead === head.normal && !org.kinds.has('media'));
}

/**
 * "Japan tightened export controls. The country says ...": the last state the article named as a
 * clause's subject, when "the country" is one itself (a verb after it, not "the country's economy"
 * nor "the country of origin").
 */
function stateBackReference(ctx: SentenceContext, i: number): Draft[] | null {
  const state = ctx.memory?.subjectState;
  if (!state || ctx.sentence.index - state.sentence > STATE_MEMORY || !verbAfter(ctx.sentence.tokens, i + 2)) return null;
  return [draft(ctx, i, i + 1, { label: 'State', kind: 'name', canonical: state.canonical })];
}

/** How many sentences back "the country" may reach for its state. */
const STATE_MEMORY = 3;

/** Is there a verb at `k`, past adverbs and auxiliaries ("Japan has long colonized": a past tense tagged as an adjective before its object too)? */
function verbAfter(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k++;
  const t = tokens[k];
  return t?.pos === 'VERB' || (t?.pos === 'ADJ' && t.normal.endsWith('ed') && tokens[k + 1]?.pos === 'DET');
}

/** After a sentence: the last state whose government it names ("the Indonesian government", "Syria's government", "the government of Syria"). */
export function rememberGovernmentState(ctx: SentenceContext, drafts: Draft[]): void {
  if (!ctx.memory) return;
  const { tokens } = ctx.sentence;
  const governmentWords = ctx.knowledge.functionWords.governmentWords;
  for (const d of drafts) {
    if (d.label !== 'State' || !d.canonical) continue;
    let after = d.tokens[1] + 1;
    if (isPossessive(tokens[after])) after++;
    const before = d.tokens[0] - 1;
    const governs = governmentWords.has(tokens[after]?.normal ?? '') || (tokens[before]?.normal === 'of' && governmentWords.has(tokens[before - 1]?.normal ?? ''));
    if (governs) ctx.memory.governmentState = d.canonical;
  }
  // "Kenyan President Mwai Kibaki": the head of a state's government names the government after him
  for (const d of drafts) {
    const headed = headedState(ctx, d);
    if (headed) ctx.memory.headedState = headed;
  }
}

/** After a sentence: the last state it names as a clause's subject (not "ties with Iran", not "Iranian"). */
export function rememberSubjectState(ctx: SentenceContext, drafts: Draft[]): void {
  if (!ctx.memory) return;
  const { tokens } = ctx.sentence;
  for (const d of drafts) {
    if (d.label !== 'State' || d.kind !== 'name' || d.weak || d.qualifies !== undefined) continue;
    if (verbAfter(tokens, d.tokens[1] + 1) && tokens[d.tokens[0] - 1]?.pos !== 'ADP') ctx.memory.subjectState = { canonical: d.canonical, sentence: ctx.sentence.index };
  }
}

/**
 * "League officials said", "Commission diplomats say", "Company officials said": the head word
 * of an organisation the article named ("Arab League", "European Commission"), or its kind
 * (mention-words.json backReferences), before the people who speak for it, as "the League" names
 * it; the people's noun is function-words.json representativeNouns.
 */
function headOfPeople(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const word = tokens[i];
  const before = tokens[i - 1];
  // "Company officials said" after Google: a kind the back-references know names the last body of that kind
  const kinds = ctx.knowledge.mentionWords.backReferences.get(word.normal) ?? [];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || !(ctx.knowledge.orgWords.has(word.normal) || kinds.length > 0) || (before !== undefined && /^\p{Lu}/u.test(before.text))) return null;
  if (!ctx.knowledge.functionWords.representativeNouns.has(tokens[i + 1]?.normal ?? '')) return null;
  const found = lastOrganization(ctx, i, i + 1, (org) => org.writtenHead === word.normal || org.words.has(word.normal) || kinds.some((kind) => org.kinds.has(kind)));
  return found ? found.map((d) => draft(ctx, i, i, { label: d.label, kind: d.kind, canonical: d.canonical })) : null;
}

/**
 * "his government warned": the state whose head of government the sentence named before it, or
 * else the article did last (headedState).
 */
function governmentOfHead(ctx: SentenceContext, i: number, before: readonly Draft[]): Draft[] | null {
  const { tokens } = ctx.sentence;
  if (!ctx.knowledge.mentionWords.governmentPossessives.has(tokens[i].normal)) return null;
  if (!ctx.knowledge.mentionWords.possessedGovernments.has(tokens[i + 1]?.normal ?? '') || !verbAfter(tokens, i + 2)) return null;
  let state = ctx.memory?.headedState;
  for (let k = before.length - 1; k >= 0; k--) {
    const headed = headedState(ctx, before[k]);
    if (headed) {
      state = headed;
      break;
    }
  }
  return state ? [draft(ctx, i, i + 1, { label: 'State', kind: 'name', canonical: state })] : null;
}

/**
 * The state a person heads the government of, if the draft is one: the one the title gives
 * ("Kenyan President Mwai Kibaki": Kenya), else the one knowledge gives the person ("President
 * Idriss Deby": Chad).
 */
function headedState(ctx: SentenceContext, d: Draft): string | undefined {
  if (d.label !== 'Person' || d.role === undefined || !ctx.knowledge.mentionWords.governmentHeads.has(d.role)) return undefined;
  const state = d.roleOf ?? (d.canonical ? knownSide(ctx.knowledge, d.canonical) : undefined);
  return state && ctx.knowledge.demonymFor.has(state) ? state : undefined;
}

/**
 * "the Commission" after "European Commission", "the Guards" after "Islamic Revolutionary Guard
 * Corps": a capitalised organisation word (orgWords, singular or plural) after "the" that is a word
 * of the name of an organisation the article named just before, as its name or as the text wrote it.
 */
function capitalisedBackReference(ctx: SentenceContext, i: number): Draft[] | null {
  const memory = ctx.memory;
  const { tokens } = ctx.sentence;
  const noun = tokens[i + 1].normal;
  const singular = noun.replace(/s$/, '');
  const after = tokens[i + 2];
  if (!memory || !(ctx.knowledge.orgWords.has(noun) || ctx.knowledge.orgWords.has(singular))) return null;
  if (after && !isPossessive(after) && (after.normal === 'of' || /^\p{Lu}/u.test(after.text))) return null; // "the Council of Europe", "the Guards Corps"
  return lastOrganization(ctx, i, i + 1, (org) => org.writtenHead === noun || org.words.has(noun) || org.words.has(singular));
}
