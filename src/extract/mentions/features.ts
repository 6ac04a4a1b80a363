// Seas, straits and peninsulas named after a state (function-words.json featureNouns): "the South
// China Sea", "the East China Sea", "the Korean Peninsula", "the Gulf of Finland". The whole name
// is a place; the state inside it is no actor the sentence names ("patrols in the South China Sea"
// is no claim about China).
import { stateAt } from './armed-groups';
import { type Draft, type SentenceContext, draft, isCapitalised } from './context';
import { defineTokenTag, sentenceTokenTags } from '../token-tags';

/** The feature nouns: a sentence without one is passed over at once. */
const FEATURE_NOUN = defineTokenTag((k) => ({ normals: k.functionWords.featureNouns }));

/** The place named after a state that starts at token i ("South China Sea", "Gulf of Finland"), or null. */
export function featureNamedAfterState(ctx: SentenceContext, i: number): Draft[] | null {
  if ((sentenceTokenTags(ctx, ctx.sentence) & FEATURE_NOUN) === 0 || !isCapitalised(ctx.sentence.tokens[i])) return null;
  const last = stateThenFeature(ctx, i) ?? featureOfState(ctx, i);
  if (last === null) return null;
  const { tokens } = ctx.sentence;
  const text = ctx.sentence.text.slice(tokens[i].start - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
  return [draft(ctx, i, last, { label: 'Location', kind: 'name', canonical: text })];
}

/** "South China Sea", "Korean Peninsula": a state (a direction word before it at most), then a feature noun; its last token, or null. */
function stateThenFeature(ctx: SentenceContext, i: number): number | null {
  const { tokens } = ctx.sentence;
  const next = tokens[i + 1];
  const from = next !== undefined && ctx.knowledge.placePrefixes.has(tokens[i].normal) && isCapitalised(next) ? i + 1 : i;
  const state = stateAt(ctx, tokens, from)?.last ?? null;
  const feature = state === null ? undefined : tokens[state + 1];
  return state !== null && feature !== undefined && ctx.knowledge.functionWords.featureNouns.has(feature.normal) ? state + 1 : null;
}

/** "Gulf of Finland", "Sea of Japan": a capitalised feature noun, "of", a state; its last token, or null. */
function featureOfState(ctx: SentenceContext, i: number): number | null {
  const { tokens } = ctx.sentence;
  if (!ctx.knowledge.functionWords.featureNouns.has(tokens[i].normal) || tokens[i + 1]?.normal !== 'of') return null;
  return stateAt(ctx, tokens, i + 2)?.last ?? null;
}

