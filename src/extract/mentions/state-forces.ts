// A state's armed service named by the state or its demonym (function-words.json stateForceNouns):
// "the Pakistani military said", "The Egyptian army on Thursday warned", "North Korea's military".
// The service is an organisation of its own, an organ of that state (roleOf), not the state itself:
// it speaks and threatens apart from its government. It is named as the text first wrote it, so
// that a second way of writing it in the same article makes no second node, and "the army" or
// "the military" later finds it again (memory.ts, by the last word it was written with). Most
// articles name a state's army in passing ("sanctions on the Russian military"): only as the
// subject of a verb of saying is it read so, and it becomes a node only where it speaks
// (Mention.speakerOnly); elsewhere its state is named as before.
import type { Token } from '../../model/types';
import { isPossessive } from '../../lang/en/morphology';
import { type Draft, type SentenceContext, draft, fromEntry, isCapitalised } from './context';
import { longestMatch } from '../lexicon-match';
import type { LexiconEntry, TrieNode } from '../knowledge';
import { stateAt } from './armed-groups';
import { defineTokenTag, sentenceTokenTags } from '../token-tags';

/** The first words of the service nouns: a sentence without one is passed over at once. */
const FORCE_NOUN = defineTokenTag((k) => ({ normals: [...k.functionWords.stateForceNouns].map((noun) => noun.split(' ')[0]) }));

/** The service at token i ("Pakistani military", "Israel's army"), or null. */
export function stateForce(ctx: SentenceContext, i: number): Draft[] | null {
  // a Title Case headline ("South Sudan Army, Rebels Swap Accusations") is read as names are
  if (ctx.headline || (sentenceTokenTags(ctx, ctx.sentence) & FORCE_NOUN) === 0) return null;
  const { tokens } = ctx.sentence;
  const state = stateAt(ctx, tokens, i);
  if (!state || knownService(ctx, tokens, i, state.last)) return null;
  const possessive = isPossessive(tokens[state.last + 1]);
  const first = state.last + (possessive ? 2 : 1);
  const last = forceNounEnd(ctx, tokens, first);
  if (last < 0 || !speaksNext(ctx, tokens, last)) return null;
  // "Free Syrian Army", "Syrian Army Command": a longer capitalised name is another body
  if (isCapitalised(tokens[first]) && tokens[last + 1] !== undefined && isCapitalised(tokens[last + 1])) return null;
  const noun = tokens.slice(first, last + 1).map((t) => t.normal).join(' ');
  const written = ctx.sentence.text.slice(tokens[i].start - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
  // "North Korea's military" is the service the lexicon knows as "North Korean military" (the Korean People's Army)
  const known = possessive ? knownAs(ctx, `${ctx.knowledge.demonymFor.get(state.canonical) ?? ''} ${noun}`) : undefined;
  const canonical = known?.canonical ?? firstWritten(ctx, `${state.canonical}|${noun}`, written);
  // the service is the noun, its phrase opens with the state; the state stays a mention of its own,
  // named wherever the service says nothing ("sanctioned the ringleaders of the Iranian military")
  const service = draft(ctx, first, last, { label: 'Organization', kind: 'name', canonical, roleOf: state.canonical, speakerOnly: known ? undefined : true, phraseStart: i });
  return [fromEntry(ctx, i, state.last, state.entry, state.entry.kind === 'demonym' ? 'demonym' : 'name'), service];
}

/**
 * The last token of a service noun starting at k ("army", "armed forces"), when it heads its
 * phrase (wink tags "military" an adjective even there), not "military operations", "army chief"; or -1.
 */
function forceNounEnd(ctx: SentenceContext, tokens: Token[], k: number): number {
  const nouns = ctx.knowledge.functionWords.stateForceNouns;
  const two = tokens[k + 1] !== undefined && nouns.has(`${tokens[k].normal} ${tokens[k + 1].normal}`);
  const last = two ? k + 1 : tokens[k] && nouns.has(tokens[k].normal) ? k : -1;
  if (last < 0) return -1;
  const next = tokens[last + 1];
  // "the military build-up": the word after it is the first of a hyphenated noun (the tagger reads "build" as a verb)
  const hyphenated = tokens[last + 2]?.text === '-' && tokens[last + 2].start === next?.end;
  return next !== undefined && (MODIFIED.has(next.pos) || hyphenated) ? -1 : last;
}

/** Parts of speech after the service noun that make it a modifier of another noun ("military operations"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The organisation the lexicon knows by these words, or undefined. */
function knownAs(ctx: SentenceContext, phrase: string): LexiconEntry | undefined {
  let node: TrieNode | undefined = ctx.knowledge.names;
  for (const word of phrase.toLowerCase().split(' ')) node = node?.next.get(word);
  return node?.entries.find((e) => e.label === 'Organization');
}

/** Does the lexicon know an organisation written from i past the state ("Israeli army" is the Israel Defense Forces)? */
function knownService(ctx: SentenceContext, tokens: Token[], i: number, stateLast: number): boolean {
  const match = longestMatch(tokens, i, ctx.knowledge.names);
  return match !== null && match.last > stateLast && match.entries.some((e) => e.label === 'Organization');
}

/**
 * Is the service the subject of a verb of saying ("the Pakistani military said", "the Egyptian army
 * on Thursday warned", "North Korea's military has said")? Elsewhere its state is read as before.
 */
function speaksNext(ctx: SentenceContext, tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + SPEECH_REACH; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB') return ctx.knowledge.cues.speechVerbs.has(t.lemma);
    if (!BEFORE_VERB.has(t.pos)) return false;
  }
  return false;
}

/** How many words may stand between the service and its verb of saying ("on Thursday", "has"). */
const SPEECH_REACH = 4;

/** Words between a subject and its verb: auxiliaries, adverbs, a time ("on Thursday", "last week"). */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART', 'ADP', 'PROPN', 'NUM', 'DET', 'NOUN']);

/** The name this article first gave the service of that state ("Pakistani military", later "Pakistan's military"). */
function firstWritten(ctx: SentenceContext, key: string, name: string): string {
  const seen = ctx.memory?.stateForces;
  if (!seen) return name;
  const known = seen.get(key);
  if (known !== undefined) return known;
  seen.set(key, name);
  return name;
}
