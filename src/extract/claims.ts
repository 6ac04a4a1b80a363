// Claims: who said, threatened or proposed what, sentence by sentence. A claim needs a named
// speaker (speakers/find-speakers.ts, speakers/document-speaker.ts); each speaker's clause gives one claim per relation type whose detector
// fires (typed-claims.ts, src/relations/detectors/); quotes over several sentences go on with
// their speaker (quote-blocks.ts); claims without a target inherit one (targets.ts).
import type { Claim, Sentence } from '../model/types';
import { checkFileBudget } from '../ingest/budget';
import { DETECTORS, REPORTER_ONLY_TYPES } from '../relations/detectors';
import { quoteContinuations } from './quote-blocks';
import { paragraphQuoteClaims } from './quote-paragraphs';
import { signedQuoteClaims } from './signed-quotes';
import { documentSpeakerClaims } from './speakers/document-speaker';
import { labelledSpeechClaims } from './speakers/labelled-speech';
import { findCues } from './speakers/cues';
import { readoutClaims } from './speakers/readouts';
import { reciprocalClaims } from './speakers/reciprocal';
import { includedSpeakerClaims } from './speakers/included-speakers';
import { coordinatedSpeakerClaims } from './speakers/coordinated-speakers';
import { inheritTargets, shareUtteranceTargets } from './inherit-targets';
import { counterpartTargets } from './counterpart-targets';
import { noteHypothetical, noteRelayed, noteReported, noteSpeakerless } from './drops';
import { typedClaims, wholeSentenceClaims } from './typed-claims';
import { newDiscourse, type ArticleView, type Cue, type Discourse } from './view';

export type { ArticleView } from './view';

export function extractClaims(view: ArticleView): Claim[] {
  const claims: Claim[] = [];
  const discourse = newDiscourse();
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
  // a quoted paragraph signed after its closing mark: "“...” – Name, Minister of X"
  claims.push(...signedQuoteClaims(view, claims));
  // a quote that runs on over paragraphs, once every stage that names its speaker has run
  claims.push(...paragraphQuoteClaims(view, claims));
  claims.push(...readoutClaims(view, claims, (sentence, source) => wholeSentenceClaims(view, sentence, source, 'say')));
  // "Each side blamed the other": the two parties the article just named, each at the other
  claims.push(...reciprocalClaims(view, claims));
  // "Regional leaders, including X, demanded": the members the group lists
  claims.push(...includedSpeakerClaims(view, claims));
  for (const detector of DETECTORS) detector.articleTargets?.(view, claims);
  inheritTargets(view, claims);
  counterpartTargets(view, claims);
  shareUtteranceTargets(view, claims);
  return claims;
}

export function sentenceClaims(view: ArticleView, sentence: Sentence, discourse: Discourse): Claim[] {
  const cues = findCues(view, sentence, discourse);
  noteSpeakerless(view, sentence, cues);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const keyOf = (cue: Cue): string | null => (cue.speaker && 'mention' in cue.speaker ? view.mentions[cue.speaker.mention].canonical || `#${cue.speaker.mention}` : null);
  let namedBefore = false; // a cue of a named speaker came earlier in the sentence
  const reporter = trailingAttribution(view, sentence, cues, keyOf);
  cues.forEach((cue, k) => {
    const key = keyOf(cue);
    if (key === null || !cue.speaker || !('mention' in cue.speaker) || seen.has(key)) return;
    if (underCondition(view, sentence, cue)) return noteHypothetical(view, sentence, cue);
    seen.add(key);
    // the first named speaker's clause takes the words before it, even past a verb with no named
    // speaker ("If they attack Sudan, we will respond, el-Sisi said"); so does a speaker named after
    // all the words ("Russia warned Kyiv against it, Peskov said")
    const from = namedBefore && k !== reporter ? cue.from : 0;
    namedBefore = true;
    // the clause runs until a cue of another speaker ("X said ... and Y announced ..."); a verb whose
    // speaker was not found at all does not cut it
    let next = k + 1;
    while (next < cues.length && (keyOf(cues[next]) === key || cues[next].speaker === null)) next++;
    const region = { from, to: adverbialClauseEnd(view, sentence, cue) ?? (next < cues.length ? Math.max(cues[next].from - 1, cue.token) : sentence.tokens.length - 1) };
    claims.push(...typedClaims(view, sentence, cue.speaker.mention, cue, region, cues.slice(k + 1, next).filter((c) => keyOf(c) === key)));
  });
  dropRelays(view, claims);
  if (reporter >= 0) dropReportedStatements(view, claims, cues[reporter]);
  claims.push(...coordinatedSpeakerClaims(view, sentence, claims));
  // claims a sentence makes besides its speakers' clauses ("both sides accused each other", "X's plan")
  for (const detector of DETECTORS) if (detector.sentenceClaims) claims.push(...detector.sentenceClaims(view, sentence, claims));
  return claims;
}

/** How many words may stand between a condition's subject and its verb ("if Iran is prepared to", "if Beijing wants to credibly rebut"). */
const CONDITION_VERB_REACH = 4;
/** How many words a condition's subject may have ("if the Libyan leader refuses"). */
const CONDITION_SUBJECT_WORDS = 4;

/**
 * "... sanctions if Damascus refuses to comply", "If the Libyan leader refuses, ...": a cue whose
 * subject opens a condition (verbal-conflict.json conditionals) tells what the actor may do, not
 * what it did or said. The subject is the cue's own clause start, the condition's word right before
 * it (past a determiner), and only a few words between subject and verb, none a comma.
 */
function underCondition(view: ArticleView, sentence: Sentence, cue: Cue): boolean {
  const { tokens } = sentence;
  if (cue.token <= cue.from || cue.token - cue.from > CONDITION_SUBJECT_WORDS + CONDITION_VERB_REACH) return false;
  let before = cue.from - 1;
  if (tokens[before]?.pos === 'DET') before--;
  if (!view.knowledge.verbalConflict.conditionals.has(tokens[before]?.normal ?? '')) return false;
  const speaker = cue.speaker && 'mention' in cue.speaker ? view.mentions[cue.speaker.mention] : null;
  const subjectEnd = speaker && speaker.sentence === sentence.index && speaker.tokens[0] >= cue.from ? speaker.tokens[1] : cue.from;
  const between = tokens.slice(subjectEnd + 1, cue.token);
  return between.length <= CONDITION_VERB_REACH && !between.some((t) => t.pos === 'PUNCT');
}

/**
 * "As Russia refuses to heed the call to de-escalate, Australia will impose sanctions": an act
 * told in an adverbial clause that opens the sentence (function-words.json adverbialOpeners) ends
 * at the clause's comma; the main clause after it is someone else's. Not a verb of saying ("As the
 * President said, the US is ready to act": the words are the main clause), unless it accuses or
 * rejects (verbal-conflict.json): those are acts told.
 */
function adverbialClauseEnd(view: ArticleView, sentence: Sentence, cue: Cue): number | undefined {
  const { tokens } = sentence;
  const { accusation, rejection } = view.knowledge.verbalConflict;
  const act = !view.knowledge.cues.speechVerbs.has(cue.lemma) || accusation.verbs.has(cue.lemma) || rejection.verbs.has(cue.lemma);
  if (cue.token < 0 || !act || !view.knowledge.functionWords.adverbialOpeners.has(tokens[cue.from - 1]?.normal ?? '')) return undefined;
  for (let k = cue.token + 1; k < tokens.length; k++) if (tokens[k].normal === ',') return k - 1;
  return undefined;
}

/** How many words of a speaker's description may stand before the word its clause was found at. */
const ATTRIBUTION_DESCRIPTION = 6;
const DESCRIPTION_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** How many words may follow a closing verb of attribution ("Peskov said on Tuesday in a statement to reporters"). */
const ATTRIBUTION_TAIL = 8;

/**
 * The cue of a speaker named after all the words of the sentence, when an earlier named speaker's
 * verb stands inside them: "Russia warned Kyiv against any attack, Peskov said." (-1: none). The
 * speaker's clause opens after a comma, its verb is one of attribution, and nothing but a short
 * adjunct follows it (no "that", no verb, no quote: "Peskov said, adding that ..." says more).
 */
export function trailingAttribution(view: ArticleView, sentence: Sentence, cues: readonly Cue[], keyOf: (cue: Cue) => string | null): number {
  const named = cues.map((c, k) => ({ k, key: keyOf(c) })).filter((c) => c.key !== null);
  const last = named[named.length - 1];
  if (!last || !named.some((c) => c.key !== last.key)) return -1;
  const cue = cues[last.k];
  if (!view.knowledge.functionWords.attributionVerbs.has(cue.lemma)) return -1;
  const { tokens } = sentence;
  const speaker = cue.speaker && 'mention' in cue.speaker ? view.mentions[cue.speaker.mention] : null;
  // back over the rest of the speaker's description ("the foreign ministry spokesman Lin Jian") to a comma
  let opening = Math.min(cue.from, cue.token, speaker?.tokens[0] ?? cue.token) - 1;
  const floor = opening - ATTRIBUTION_DESCRIPTION;
  while (opening > floor && tokens[opening] && DESCRIPTION_POS.has(tokens[opening].pos)) opening--;
  if (tokens[opening]?.normal !== ',') return -1;
  // the words after the verb (and after a speaker named after it: ", said Peskov")
  const after = Math.max(cue.token, speaker ? speaker.tokens[1] : cue.token) + 1;
  const tail = tokens.slice(after).filter((t) => t.pos !== 'PUNCT');
  if (tail.length > ATTRIBUTION_TAIL) return -1;
  // "..., a situation Eritrea says is hypothetical": a verb of its own after it makes a clause, no attribution
  const more = tokens.slice(after).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'that' || /^["“”]$/.test(t.text) || t.normal === ':');
  return more ? -1 : last.k;
}

/** "Russia warned Kyiv against it, Peskov said": the one statement is Peskov's (Russia's threat stays). */
function dropReportedStatements(view: ArticleView, claims: Claim[], reporter: Cue): void {
  if (!reporter.speaker || !('mention' in reporter.speaker)) return;
  const reporterMention = reporter.speaker.mention;
  const canonical = view.mentions[reporterMention].canonical;
  if (!claims.some((c) => c.source === reporterMention)) return; // the reporter's own claim went (a relay)
  for (let k = claims.length - 1; k >= 0; k--) {
    const claim = claims[k];
    if (claim.source === reporterMention || (canonical && view.mentions[claim.source].canonical === canonical)) continue;
    if (REPORTER_ONLY_TYPES.has(claim.type)) noteReported(view, claims.splice(k, 1)[0]);
  }
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
