// A state's political opposition that the text names by its state and no party: "the Madagascan
// opposition", "Guinea's opposition", "Opposition parties in Guinea are threatening ...". A group
// of its own (it threatens, it rejects), never the state it opposes; named as the article first
// writes it, remembered so that "the opposition" later finds it (memory.ts backReference), and a
// node only where it speaks (Mention.unnamedGroup).
import { type Draft, type SentenceContext, draft } from './context';
import { stateAt } from './armed-groups';
import { defineTokenTag, sentenceTokenTags } from '../token-tags';
import { isPossessive } from '../../lang/en/morphology';

/** The opposition nouns (function-words.json oppositionNouns): a sentence without one is passed over at once. */
const OPPOSITION_NOUN = defineTokenTag((k) => ({ normals: k.functionWords.oppositionNouns }));

/** How many lower-case words may stand between "opposition parties in" and the state ("in northern Guinea"). */
const PLACE_WORDS = 2;

/** The opposition group starting at token i, or null. */
export function oppositionGroup(ctx: SentenceContext, i: number): Draft[] | null {
  // a Title Case headline names only known bodies ("Ukraine Opposition: No Progress in Talks")
  if (ctx.headline || (sentenceTokenTags(ctx, ctx.sentence) & OPPOSITION_NOUN) === 0) return null;
  const { tokens } = ctx.sentence;
  const nouns = ctx.knowledge.functionWords.oppositionNouns;
  if (nouns.has(tokens[i].normal)) return groupBeforeState(ctx, i);
  // "the Madagascan opposition", "Guinea's opposition parties"
  const state = stateAt(ctx, tokens, i);
  if (!state) return null;
  const noun = isPossessive(tokens[state.last + 1]) ? state.last + 2 : state.last + 1;
  if (!nouns.has(tokens[noun]?.normal ?? '') || tokens[noun].pos === 'ADJ') return null;
  const last = groupEnd(ctx, noun);
  return last === null ? null : [groupDraft(ctx, i, last, state.canonical)];
}

/** "Opposition parties in Guinea", "opposition leaders in northern Nigeria": the noun, its members, "in" and a state. */
function groupBeforeState(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const end = groupEnd(ctx, i);
  if (end === null || tokens[end + 1]?.normal !== 'in') return null;
  for (let k = end + 2; k <= end + 2 + PLACE_WORDS && k < tokens.length; k++) {
    const state = stateAt(ctx, tokens, k);
    if (state) return [groupDraft(ctx, i, state.last, state.canonical)];
    if (!/^\p{Ll}/u.test(tokens[k].text)) return null;
  }
  return null;
}

/**
 * The last token of the group's name: the noun, or the plural after it ("opposition parties"); null
 * when a name or a title goes on ("opposition leader Raila Odinga", "Opposition Party X").
 */
function groupEnd(ctx: SentenceContext, noun: number): number | null {
  const { tokens } = ctx.sentence;
  const last = ctx.knowledge.functionWords.oppositionMembers.has(tokens[noun + 1]?.normal ?? '') ? noun + 1 : noun;
  const next = tokens[last + 1];
  if (next && (/^\p{Lu}/u.test(next.text) || next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
  return last;
}

/** The group's draft: the opposition party the article named, else the name it first gave the opposition of that state, remembered for "the opposition". */
function groupDraft(ctx: SentenceContext, first: number, last: number, state: string): Draft {
  const { tokens } = ctx.sentence;
  const written = ctx.sentence.text.slice(tokens[first].start - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
  const key = `${state}|opposition`;
  const memory = ctx.memory;
  // "the opposition Cambodia National Rescue Party ... Cambodia's opposition says": that party
  const party = [...(memory?.organizations ?? [])].reverse().find((org) => org.groupOf === undefined && org.kinds.has('opposition'));
  if (party) return draft(ctx, first, last, { label: 'Organization', kind: 'name', canonical: party.canonical });
  const known = memory?.organizations.find((org) => org.groupOf === key);
  const canonical = known?.canonical ?? written.charAt(0).toUpperCase() + written.slice(1);
  if (memory && !known) memory.organizations.push({ canonical, kinds: new Set(['opposition']), words: new Set(ctx.knowledge.functionWords.oppositionNouns), groupOf: key });
  return draft(ctx, first, last, { label: 'Organization', kind: 'name', canonical, unnamedGroup: true });
}
