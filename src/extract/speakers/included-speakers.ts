// "Regional leaders, including Ugandan President Yoweri Museveni, have demanded that the rebels
// leave", "Several governments, among them France and Belgium, said ...": a group subject with no
// name of its own speaks through the members it lists between commas (mention-words.json
// inclusionPhrases); each of them says it.
import type { Claim, Sentence } from '../../model/types';
import { phraseAt } from '../lexicon-match';
import { mentionsFrom, speechVerbAfter, type ArticleView, type Cue } from '../view';
import { typedClaims, utteranceStarts } from '../typed-claims';

/** Words (auxiliaries, adverbs) that may stand between the closing comma and the verb ("have repeatedly demanded"). */
const VERB_REACH = 3;

export function includedSpeakerClaims(view: ArticleView, claims: Claim[]): Claim[] {
  const said = utteranceStarts(claims);
  const out: Claim[] = [];
  for (const sentence of view.sentences) {
    if (said.has(sentence.start)) continue;
    const found = includedMembers(view, sentence);
    if (!found) continue;
    const region = { from: found.verb + 1, to: sentence.tokens.length - 1 };
    for (const member of found.members) {
      const cue: Cue = { token: found.verb, lemma: sentence.tokens[found.verb].lemma, speaker: { mention: member }, from: 0 };
      out.push(...typedClaims(view, sentence, member, cue, region));
    }
  }
  return out;
}

/** The members a group subject lists ("..., including X and Y,") and the verb of saying after them, or null. */
function includedMembers(view: ArticleView, sentence: Sentence): { members: number[]; verb: number } | null {
  const { tokens } = sentence;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].text !== ',') continue;
    const phrase = view.knowledge.mentionWords.inclusionPhrases.find((p) => phraseAt(tokens, i, p));
    if (!phrase) continue;
    const close = tokens.findIndex((t, k) => k >= i + phrase.length && t.text === ',');
    if (close < 0) return null;
    // the subject before the list is a group, not a named actor ("the rebels, including X" are the rebels)
    if (mentionsFrom(view, sentence, 0, i - 2).length > 0) return null;
    const members = mentionsFrom(view, sentence, i + phrase.length, close - 1).filter((m) => view.mentions[m].label !== 'Location' && view.mentions[m].qualifies === undefined && !view.mentions[m].weak);
    if (members.length === 0) return null;
    const verb = speechVerbAfter(view, sentence, close + 1, VERB_REACH);
    return verb >= 0 ? { members, verb } : null;
  }
  return null;
}
