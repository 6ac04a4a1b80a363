// Threat phrases as the text spells them: a listed phrase with intensifiers inside ("pay a heavy
// price"), and a slide into war of whatever size (threat-frames.json escalations: "any provocation
// will escalate into a nuclear war", "an attack would lead to a full-scale war"), where the words
// of description between the verb and the noun vary without end, and the verb and noun do not.
import type { Sentence, Token } from '../../model/types';
import { mentionEndingAt, type ArticleView } from '../../extract/view';
import { QUOTE_MARK } from '../../extract/quotes';

/** The last token of the first phrase spelled at k, an intensifier allowed inside it ("pay a heavy price"), or -1. */
export function spelledEnd(view: ArticleView, tokens: Token[], k: number, list: string[][]): number {
  const { intensifiers } = view.knowledge.threatFrames;
  const is = (w: number, word: string): boolean => tokens[w].normal === word || tokens[w].lemma === word;
  for (const phrase of list) {
    if (!is(k, phrase[0])) continue;
    let w = k + 1;
    let j = 1;
    for (; j < phrase.length && w < tokens.length; j++, w++) {
      while (w < tokens.length - 1 && !is(w, phrase[j]) && (intensifiers.has(tokens[w].normal) || QUOTE_MARK.test(tokens[w].text)) && w - k < phrase.length + 3) w++;
      if (!is(w, phrase[j])) break;
    }
    if (j === phrase.length) return w - 1;
  }
  return -1;
}

/** Parts of speech that may describe the war between the verb and its noun ("a wider regional", "all-out"). */
const DESCRIBING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM']);

/** The last token of an escalation into war starting at `k` ("escalate into a nuclear war"), or -1. */
export function escalationEnd(view: ArticleView, tokens: Token[], k: number): number {
  const { escalationVerbs, escalationNouns, escalationReach } = view.knowledge.threatFrames;
  const verbEnd = spelledEnd(view, tokens, k, escalationVerbs);
  if (verbEnd < 0) return -1;
  for (let w = verbEnd + 1; w < tokens.length && w <= verbEnd + 1 + escalationReach; w++) {
    if (escalationNouns.has(tokens[w].normal)) return w;
    // "all-out" is three tokens: the hyphen and the word after it describe too
    if (!DESCRIBING.has(tokens[w].pos) && tokens[w].text !== '-' && tokens[w - 1].text !== '-') return -1;
  }
  return -1;
}

/**
 * Does the subject before the marker at `marker` name a party or a hostile act ("any provocation by
 * Seoul", "an Israeli attack", "such tariffs")? A mere state of affairs slides into war by itself
 * ("the dispute could escalate into war" predicts, it threatens no one).
 */
export function escalationAimed(view: ArticleView, sentence: Sentence, marker: number): boolean {
  const { tokens } = sentence;
  const hostile = view.knowledge.threatFrames.responseObjects;
  const harms = view.knowledge.verbalConflict.accusation.blame.harms;
  for (let k = marker - 1; k >= 0 && !SUBJECT_BOUNDARY.has(tokens[k].pos) && tokens[k].normal !== ','; k--) {
    if (mentionEndingAt(view, sentence, k) !== null || hostile.has(tokens[k].lemma) || harms.has(tokens[k].lemma) || harms.has(tokens[k].normal)) return true;
  }
  return false;
}

/** Parts of speech that end the subject going back from its verb: the clause before it, or "that". */
const SUBJECT_BOUNDARY = new Set(['VERB', 'SCONJ', 'AUX']);
