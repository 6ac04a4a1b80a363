// Claims: who said, threatened or proposed what, sentence by sentence. A claim needs a named
// speaker (speakers/find-speakers.ts, speakers/document-speaker.ts); each speaker's clause gives one claim per relation type whose detector
// fires (typed-claims.ts, src/relations/detectors/); quotes over several sentences go on with
// their speaker (quote-blocks.ts); claims without a target inherit one (targets.ts).
import type { Claim, Sentence } from '../model/types';
import { checkFileBudget } from '../ingest/budget';
import { DETECTORS } from '../relations/detectors';
import { quoteContinuations } from './quote-blocks';
import { documentSpeakerClaims } from './speakers/document-speaker';
import { labelledSpeechClaims } from './speakers/labelled-speech';
import { findCues } from './speakers/cues';
import { readoutClaims } from './speakers/readouts';
import { inheritTargets } from './inherit-targets';
import { counterpartTargets } from './counterpart-targets';
import { noteRelayed, noteSpeakerless } from './drops';
import { typedClaims, wholeSentenceClaims } from './typed-claims';
import type { ArticleView, Cue, Discourse } from './view';

export type { ArticleView } from './view';

export function extractClaims(view: ArticleView): Claim[] {
  const claims: Claim[] = [];
  const discourse: Discourse = { lastPersonSpeaker: null, personSpeakers: [], lastActorSpeaker: null, lastReportAuthor: null };
  const speakerOfSentence = new Map<number, number>();
  for (const sentence of view.sentences) {
    checkFileBudget();
    const found = sentenceClaims(view, sentence, discourse);
    for (const claim of found) {
      claims.push(claim);
      speakerOfSentence.set(sentence.index, claim.source);
    }
  }
  claims.push(...quoteContinuations(view, claims));
  // a name and a colon: headlines ("X: ..."), transcript turns ("KING: ..."), "... Y: “...”"
  claims.push(...labelledSpeechClaims(view, claims, (sentence, source) => wholeSentenceClaims(view, sentence, source, 'say')));
  // hook: statements, remarks and transcripts that are one speaker's words (src/extract/speakers/)
  claims.push(...documentSpeakerClaims(view, claims, (sentence, source) => wholeSentenceClaims(view, sentence, source, 'say')));
  claims.push(...readoutClaims(view, claims, (sentence, source) => wholeSentenceClaims(view, sentence, source, 'say')));
  for (const detector of DETECTORS) detector.articleTargets?.(view, claims);
  inheritTargets(view, claims);
  counterpartTargets(view, claims);
  return claims;
}

export function sentenceClaims(view: ArticleView, sentence: Sentence, discourse: Discourse): Claim[] {
  const cues = findCues(view, sentence, discourse);
  noteSpeakerless(view, sentence, cues);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const keyOf = (cue: Cue): string | null => (cue.speaker && 'mention' in cue.speaker ? view.mentions[cue.speaker.mention].canonical || `#${cue.speaker.mention}` : null);
  let namedBefore = false; // a cue of a named speaker came earlier in the sentence
  cues.forEach((cue, k) => {
    const key = keyOf(cue);
    if (key === null || !cue.speaker || !('mention' in cue.speaker) || seen.has(key)) return;
    seen.add(key);
    // the first named speaker's clause takes the words before it, even past a verb with no named
    // speaker ("If they attack Sudan, we will respond, el-Sisi said")
    const from = namedBefore ? cue.from : 0;
    namedBefore = true;
    // the clause runs until a cue of another speaker ("X said ... and Y announced ..."); a verb whose
    // speaker was not found at all does not cut it
    let next = k + 1;
    while (next < cues.length && (keyOf(cues[next]) === key || cues[next].speaker === null)) next++;
    const region = { from, to: next < cues.length ? Math.max(cues[next].from - 1, cue.token) : sentence.tokens.length - 1 };
    claims.push(...typedClaims(view, sentence, cue.speaker.mention, cue, region, cues.slice(k + 1, next).filter((c) => keyOf(c) === key)));
  });
  dropRelays(view, claims);
  // claims a sentence makes besides its speakers' clauses ("both sides accused each other", "X's plan")
  for (const detector of DETECTORS) if (detector.sentenceClaims) claims.push(...detector.sentenceClaims(view, sentence, claims));
  return claims;
}


/** "Wang Yi told Rubio that ..., the Xinhua news agency reported": the agency after the speaker only relays. */
export function dropRelays(view: ArticleView, claims: Claim[]): void {
  const firstSpeaker = claims.find((c) => !view.mentions[c.source].conduit);
  if (!firstSpeaker) return;
  const speakerAt = view.mentions[firstSpeaker.source].tokens[0];
  for (let k = claims.length - 1; k >= 0; k--) {
    const relay = view.mentions[claims[k].source];
    if (relay.conduit && view.knowledge.functionWords.relayVerbs.has(claims[k].cue) && relay.tokens[0] > speakerAt) noteRelayed(view, claims.splice(k, 1)[0]);
  }
}
