// What claim extraction drops, and why (DropReason in src/model/types.ts): verbs of saying whose
// speaker was not found or is unnamed, claims of agencies that only relay a speaker, and statements
// inside words that a speaker named after them reports. Noted on
// the ArticleView while sentences are read (view.drops), settled once the article's claims are
// complete: a sentence that got a claim after all (a quote block, a document's speaker, a readout)
// lost nothing to its speakerless verb.
import type { Claim, Drop, Sentence } from '../model/types';
import type { ArticleView, Cue } from './view';

const sentenceSpan = (sentence: Sentence) => ({ start: sentence.start, end: sentence.end });

/** The cues of a sentence that name no speaker: each a drop unless the sentence gets a claim. */
export function noteSpeakerless(view: ArticleView, sentence: Sentence, cues: readonly Cue[]): void {
  if (!view.drops) return;
  for (const cue of cues) {
    if (cue.speaker && 'mention' in cue.speaker) continue;
    const token = sentence.tokens[cue.token];
    if (!token) continue;
    const reason = cue.speaker ? 'speaker-unnamed' : 'claim-without-speaker';
    view.drops.push({ reason, words: token.text, sentence: sentence.index, at: { start: token.start, end: token.end }, context: sentenceSpan(sentence) });
  }
}

/** A claim taken out because its speaker, an agency, only relays another speaker's words. */
export function noteRelayed(view: ArticleView, claim: Claim): void {
  const m = view.mentions[claim.source];
  view.drops?.push({ reason: 'claim-relayed', words: m.surface, sentence: m.sentence, at: { start: m.start, end: m.end }, context: { start: claim.evidence.start, end: claim.evidence.end } });
}

/** A verb of saying or acting left out because its subject opens a condition: "if Damascus refuses to comply". */
export function noteHypothetical(view: ArticleView, sentence: Sentence, cue: Cue): void {
  const token = sentence.tokens[cue.token];
  if (!view.drops || !token) return;
  view.drops.push({ reason: 'claim-hypothetical', words: token.text, sentence: sentence.index, at: { start: token.start, end: token.end }, context: sentenceSpan(sentence) });
}

/** A statement taken out because its words are reported by a speaker named after them ("Russia warned Kyiv, Peskov said"). */
export function noteReported(view: ArticleView, claim: Claim): void {
  const m = view.mentions[claim.source];
  view.drops?.push({ reason: 'claim-reported', words: m.surface, sentence: m.sentence, at: { start: m.start, end: m.end }, context: { start: claim.evidence.start, end: claim.evidence.end } });
}

/** The article's drops once its claims are complete: speakerless verbs in sentences with a claim go. */
export function settledDrops(view: ArticleView, claims: readonly Claim[]): Drop[] {
  const claimed = new Set(claims.map((c) => c.evidence.start));
  const sentenceStart = new Map(view.sentences.map((s) => [s.index, s.start]));
  return (view.drops ?? []).filter((d) => {
    if (d.reason !== 'claim-without-speaker' && d.reason !== 'speaker-unnamed') return true;
    return d.sentence === undefined || !claimed.has(sentenceStart.get(d.sentence) ?? -1);
  });
}
