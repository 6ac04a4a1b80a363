// An actor's declared readiness to use force or to put a measure on another, told by the narrator
// with no speaker's clause: "The European Union is ready to impose further sanctions if Russia does
// not withdraw", "Iran is prepared to strike Israel", "Russia stands ready to use force against
// Georgia". The stance is the actor's own threat (CAMEO 13), and no offer: proposal-acts.ts leaves
// it alone. A prediction ("Iran will strike") stays the narrator's (threat-frames.ts needs a
// speaker for it); a readiness inside someone's reported words is that speaker's threat, read by
// the speaker's clause. Knowledge: threat-frames.json standingReadiness, and the acts and
// consequences statedForce reads.
import type { Claim, Sentence, Token } from '../../model/types';
import { phraseAt } from '../../extract/lexicon-match';
import { insideQuote } from '../../extract/quotes';
import { subjectLeft } from '../../extract/speakers/find-speakers';
import { plausibleActor, targetsOf } from '../../extract/targets';
import { newDiscourse, type ArticleView, type Cue } from '../../extract/view';
import { baseForm } from '../../lang/en/morphology';
import { conditionAt, statedForce } from './threat-frames';

/** How many words after a readiness phrase a penalty may be named ("prepared to take strong and swift economic actions"). */
const PENALTY_REACH = 8;

/**
 * Does a readiness phrase open at token i ("ready to", "prepared to") with a force or a measure
 * right after it ("ready to impose sanctions"), or a penalty put under a condition ("prepared to
 * take strong economic actions if X proceeds")?
 */
export function readinessToHarm(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const phrase = view.knowledge.threatFrames.standingReadiness.find((p) => phraseAt(tokens, i, p));
  if (phrase === undefined) return false;
  const act = i + phrase.length;
  return statedForce(view, tokens, act) !== null || conditionalPenalty(view, tokens, act);
}

/** A penalty ("actions", "steps", "consequences") within PENALTY_REACH words of `from`, in its clause, and a condition after it. */
function conditionalPenalty(view: ArticleView, tokens: Token[], from: number): boolean {
  const { penalties } = view.knowledge.threatFrames;
  for (let k = from; k < tokens.length && k < from + PENALTY_REACH && tokens[k].pos !== 'PUNCT'; k++) {
    const penalty = penalties.find((p) => phraseAt(tokens, k, p));
    if (!penalty) continue;
    for (let j = k + penalty.length; j < tokens.length; j++) if (conditionAt(view, tokens, j)) return true;
    return false;
  }
  return false;
}

/** The threats of the readiness phrases of a sentence that has no claim yet (no speaker whose words they are). */
export function readinessThreats(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  if (existing.length > 0) return [];
  const { tokens } = sentence;
  const out: Claim[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!readinessToHarm(view, sentence, i) || insideQuote(view.quotes, tokens[i].start) !== null) continue;
    // "Russia stands ready", "U.S. forces remain ready": the verb before the phrase has the subject
    const verb = tokens[i - 1].pos === 'VERB' ? i - 1 : i;
    // the subject search remembers nothing across sentences here: the actor is named in the sentence or found by a pronoun's recency
    const subject = subjectLeft(view, sentence, verb, newDiscourse()).speaker;
    if (!subject || !('mention' in subject)) continue;
    const source = subject.mention;
    const m = view.mentions[source];
    if (m.label === 'Location' || !plausibleActor(view, source) || out.some((c) => view.mentions[c.source].canonical === m.canonical)) continue;
    const cue: Cue = { token: i, lemma: baseForm(tokens[i]), speaker: { mention: source }, from: m.phraseStart ?? m.tokens[0] };
    // nobody threatens their own side, as in a speaker's threat (threat.ts)
    const targets = targetsOf(view, sentence, source, cue, { from: cue.from, to: tokens.length - 1 }, false);
    out.push({ type: 'THREAT', source, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: cue.lemma });
  }
  return out;
}
