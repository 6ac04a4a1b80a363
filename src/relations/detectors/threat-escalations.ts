// A consequence that is a slide into war, of whatever size (threat-frames.json escalations): "any
// provocation will escalate into a nuclear war", "an attack would lead to a full-scale war". The
// words of description between the verb and the noun vary without end; the verb and noun do not.
import type { Token } from '../../model/types';
import type { ArticleView } from '../../extract/view';
import { spelledEnd } from './threat-frames';

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
