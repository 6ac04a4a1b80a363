// A sanction that is its own verb, with no speaker's clause (CAMEO 163/172; threat-frames.json
// sanctioningVerbs): "the UK has sanctioned seven officers of Iran's Revolutionary Guard", "the
// United States is sanctioning 35 firms tied to Iran". The subject threatens the others the
// sentence names; in the passive ("leading Iranian commanders have been sanctioned") the author is
// the body whose statement the text is. The gold counts sanctions announced that day as threats.
import type { Claim, Sentence, Token } from '../../model/types';
import { ownNames, plausibleActor } from '../../extract/targets';
import { documentIssuer } from '../../extract/speakers/antecedents';
import { mentionsFrom, negatedBefore, type ArticleView } from '../../extract/view';
import { isPassive, subjectsOf } from './conflict-words';

/** How many words before the verb a negation may stand ("has not yet sanctioned"). */
const NEGATION_REACH = 3;

/** The threat of the sanction the verb at `i` puts on someone, or null. */
export function sanctioningAct(view: ArticleView, sentence: Sentence, i: number): Claim | null {
  const { tokens } = sentence;
  const verb = tokens[i];
  if (!isSanctioningVerb(view, tokens, i)) return null;
  const passive = isPassive(sentence, i);
  const author = passive ? documentIssuer(view) : (subjectsOf(view, sentence, i)[0] ?? null);
  if (author === null || !plausibleActor(view, author) || view.mentions[author].label === 'Location') return null;
  const own = ownNames(view, author);
  const name = view.mentions[author].canonical;
  // the sanctioned: whom the sentence names besides the author's side ("Iranian" of "Iranian commanders" too)
  const targets = mentionsFrom(view, sentence, 0, reasonBefore(view, sentence, i)).filter((m) => m !== author && view.mentions[m].canonical !== name && sanctionedParty(view, own, m));
  if (targets.length === 0) return null;
  return { type: 'THREAT', source: author, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: verb.normal };
}

/** A party a sanction may fall on: no place, not the author's side, a demonym only of a state ("Iranian" of "Iranian commanders"). */
export function sanctionedParty(view: ArticleView, own: ReadonlySet<string>, m: number): boolean {
  const other = view.mentions[m];
  if (other.label === 'Location' || own.has(other.canonical)) return false;
  return other.qualifies === undefined || other.label === 'State';
}

/**
 * Is tokens[i] a verb of sanctioning that puts a sanction on someone? Not negated ("is not
 * sanctioning Iran", "has never sanctioned it"), and not the noun the tagger reads as a verb after
 * "to" ("when it comes to sanctions against Iran": an infinitive never ends in -s).
 */
export function isSanctioningVerb(view: ArticleView, tokens: Token[], i: number): boolean {
  const verb = tokens[i];
  if (verb.pos !== 'VERB' || !view.knowledge.threatFrames.sanctioningVerbs.has(verb.lemma)) return false;
  if (tokens[i - 1]?.normal === 'to' && verb.normal !== verb.lemma && verb.normal.endsWith('s')) return false;
  return !negatedBefore(tokens, i, view.knowledge.cues.negators, NEGATION_REACH);
}

/**
 * The last token before the sanction's reason ("over the attack on X"), or the sentence's last.
 * A reason word before a number counts the sanctioned instead ("sanctioned over 35 firms").
 */
export function reasonBefore(view: ArticleView, sentence: Sentence, verb: number): number {
  const { tokens } = sentence;
  for (let k = verb + 1; k < tokens.length; k++) if (view.knowledge.threatFrames.sanctionReasons.has(tokens[k].normal) && tokens[k + 1]?.pos !== 'NUM') return k - 1;
  return tokens.length - 1;
}
