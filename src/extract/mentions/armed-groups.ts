// Groups a text never names but ties to a state: "Somali pirates", "Ivory Coast Rebels Reject Call
// ...", "Rebels in northern Haiti say", "Bolivian protesters". The group is an actor of its own (it
// threatens, it rejects, it demands), not the state it fights, sails from or marches in; the
// article calls it the same way later ("the rebels", "The demonstrators said"), and memory.ts finds
// it again from those words.
// The group becomes a node only where it speaks (Mention.unnamedGroup, resolve/index.ts).
import type { Mention, Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import type { LexiconEntry } from '../knowledge';
import { type Draft, type SentenceContext, draft, isCapitalised } from './context';
import type { MentionMemory } from './memory-types';
import { groupKinds, lastOrganization } from './memory';
import { defineTokenTag, sentenceTokenTags } from '../token-tags';

/** The group nouns (function-words.json groupNouns): a sentence without one is passed over at once. */
const GROUP_NOUN = defineTokenTag((k) => ({ normals: k.functionWords.groupNouns }));

/** How many lower-case words may stand between "rebels in" and the state ("in northern Haiti", "in the Central African Republic"). */
const PLACE_WORDS = 2;

/**
 * The group at token i: "<Demonym> <group noun>" or "<State> <Group noun>" ("Somali pirates",
 * "Haiti Rebels"), or a group noun that opens the sentence before "in" and a state ("Rebels in
 * Ivory Coast"). Null when nothing of the kind starts at i.
 */
export function armedGroup(ctx: SentenceContext, i: number): Draft[] | null {
  if ((sentenceTokenTags(ctx, ctx.sentence) & GROUP_NOUN) === 0) return null; // most sentences name no group
  const { tokens } = ctx.sentence;
  const groupNouns = ctx.knowledge.functionWords.groupNouns;
  if (groupNouns.has(tokens[i].normal)) return groupBeforeState(ctx, i);
  const state = stateAt(ctx, tokens, i);
  if (!state) return null;
  const noun = tokens[state.last + 1];
  if (!noun || !groupNouns.has(noun.normal) || !['NOUN', 'PROPN'].includes(noun.pos)) return null;
  return [groupDraft(ctx, i, state.last + 1, state.canonical, noun.normal, `${writtenName(ctx, i, state.last)} ${noun.normal}`)];
}

/**
 * "Rebels in northern Haiti say", "Rebels in the Central African Republic": the group noun opens
 * the sentence before a state; "Rebels say" with no state is the last armed group named before.
 */
function groupBeforeState(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  if (i !== 0 || !isCapitalised(tokens[i])) return null;
  if (['VERB', 'AUX'].includes(tokens[i + 1]?.pos ?? '')) {
    const kinds = groupKinds(ctx, tokens[i].normal);
    return lastOrganization(ctx, i, i, (org) => kinds.some((kind) => org.kinds.has(kind)));
  }
  if (tokens[i + 1]?.normal !== 'in') return null;
  for (let k = i + 2; k <= i + 2 + PLACE_WORDS && k < tokens.length; k++) {
    const state = stateAt(ctx, tokens, k);
    if (state) return [groupDraft(ctx, i, state.last, state.canonical, tokens[i].normal, `${writtenName(ctx, k, state.last)} ${tokens[i].normal}`)];
    if (!/^\p{Ll}/u.test(tokens[k].text)) return null;
  }
  return null;
}

export interface StateName {
  canonical: string;
  last: number;
  /** The lexicon's entry for the state's name or demonym. */
  entry: LexiconEntry;
}

/** The state's words as the text wrote them ("Congo", "Somali"): the lexicon's canonical name may be another state's ("Congo" -> Republic of the Congo). */
function writtenName(ctx: SentenceContext, first: number, last: number): string {
  const { tokens } = ctx.sentence;
  return ctx.sentence.text.slice(tokens[first].start - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
}

/** A state's name or demonym the lexicon knows at k ("Somali", "Ivory Coast"), or null. */
export function stateAt(ctx: SentenceContext, tokens: Token[], k: number): StateName | null {
  const match = longestMatch(tokens, k, ctx.knowledge.names);
  const entry = match?.entries.find((e) => e.label === 'State' && (e.kind === 'state' || e.kind === 'demonym'));
  if (!match || !entry) return null;
  return { canonical: entry.kind === 'demonym' ? (entry.state ?? entry.canonical) : entry.canonical, last: match.last, entry };
}

/**
 * The group's draft: the name the article first gave the group of that noun and state, so that
 * "Somali pirates" and later "pirates in Somalia" stay one group; remembered for "the pirates".
 */
function groupDraft(ctx: SentenceContext, first: number, last: number, state: string, noun: string, name: string): Draft {
  const memory = ctx.memory;
  const key = `${state}|${noun}`;
  const known = memory?.organizations.find((org) => org.groupOf === key);
  const canonical = known?.canonical ?? name;
  if (memory && !known) memory.organizations.push({ canonical, kinds: new Set(groupKinds(ctx, noun)), words: new Set([noun]), groupOf: key });
  return draft(ctx, first, last, { label: 'Organization', kind: 'name', canonical, unnamedGroup: true });
}

/**
 * After the article: where it names exactly one armed group ("the Seleka rebel coalition", "Al
 * Shabaab"), "CAR Rebels" and "the rebels" are that group, whichever sentence named it first; so
 * is "Cambodia's opposition" the one opposition party it names ("the opposition CNRP").
 */
export function nameUnnamedGroups(mentions: Mention[], memory: MentionMemory): void {
  for (const kind of GROUP_KINDS) {
    const named = new Set(memory.organizations.filter((org) => org.groupOf === undefined && org.kinds.has(kind)).map((org) => org.canonical));
    if (named.size !== 1) continue;
    const [group] = named;
    const unnamed = new Set(memory.organizations.filter((org) => org.groupOf !== undefined && org.kinds.has(kind)).map((org) => org.canonical));
    for (const m of mentions) {
      if (!m.unnamedGroup || !unnamed.has(m.canonical)) continue;
      m.canonical = group;
      m.unnamedGroup = undefined;
    }
  }
}

/** The kinds of group a text may call by its state and a noun before or after it names the group. */
const GROUP_KINDS = ['armed group', 'opposition'];
