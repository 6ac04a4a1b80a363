// Whom a rejection answers when the sentence does not name them: "The Kremlin dismissed the
// proposal", "Moscow rejected the accusations" answer whoever made that proposal or claim last, a
// few sentences before, on another side than the rejecting one. The same for words that reproach
// or deny such a claim ("the accusations were fabrications", "rejected the plan as an attack").
// A proposal or claim whose author the sentence names ("Seoul's offer", "the plan floated by
// Paris") is left to the detector, which aims at that author.
import type { Claim, Sentence } from '../../model/types';
import { sameSide } from '../../extract/targets';
import { mentionsFrom, type ArticleView } from '../../extract/view';
import { ACCEPTS, ANSWERED_CLAIM, ANSWERED_PROPOSAL, conflictTags, DISMISSAL, LABELLED, REJECTS, REPROACH } from './conflict-words';

/** How many sentences back the proposal or claim answered may be. */
const ANSWER_MEMORY = 6;
/** How many adjectives may stand between the determiner and the noun: "the new Chinese proposal". */
const ADJECTIVE_GAP = 2;
/** How far after a rejection verb the noun may be ("rejected the new proposal"), or before words that deny or reproach it ("the accusations were “fabrications”"). */
const ANSWER_REACH = 6;
/** How many first letters a noun shares with the verb of the claim it names: "proposal" and "propose", "warning" and "warn". */
const STEM = 4;

/** Is the noun at i what a rejection verb before it rejects, or what words after it deny or reproach? */
function answeredAt(tags: Uint32Array, i: number): boolean {
  for (let k = Math.max(0, i - ANSWER_REACH); k < i; k++) if ((tags[k] & (REJECTS | ACCEPTS)) !== 0) return true;
  for (let k = i + 1; k <= Math.min(tags.length - 1, i + ANSWER_REACH); k++) if ((tags[k] & (DISMISSAL | REPROACH | LABELLED)) !== 0) return true;
  return false;
}

/** The first proposal or claim the sentence names as one made before: "the proposal", not "Seoul's offer" nor "the offer by Paris". */
function answeredNoun(view: ArticleView, sentence: Sentence): number {
  const { tokens } = sentence;
  const { tags, any } = conflictTags(view, sentence);
  if ((any & (ANSWERED_PROPOSAL | ANSWERED_CLAIM)) === 0) return -1;
  const authorVerbs = view.knowledge.cues.authorVerbs;
  for (let i = 0; i < tokens.length; i++) {
    if ((tags[i] & (ANSWERED_PROPOSAL | ANSWERED_CLAIM)) === 0 || !answeredAt(tags, i)) continue;
    let d = i - 1;
    while (d >= 0 && i - d <= ADJECTIVE_GAP && (tokens[d].pos === 'ADJ' || tokens[d].pos === 'PUNCT' && tokens[d].normal !== ',')) d--;
    if (d < 0 || !view.knowledge.functionWords.definiteDeterminers.has(tokens[d].normal)) continue;
    // "the proposal by Paris", "the plan floated by Britain": its author is named
    const by = authorVerbs.has(tokens[i + 1]?.normal ?? '') ? i + 2 : i + 1;
    if (view.knowledge.functionWords.authorPrepositions.has(tokens[by]?.normal ?? '') && mentionsFrom(view, sentence, by + 1, Math.min(by + 4, tokens.length - 1)).length > 0) continue;
    return i;
  }
  return -1;
}

/** Puts the author of the proposal or claim each rejection (or reproach of one) answers first among its targets. */
export function answerAuthors(view: ArticleView, claims: Claim[], types: ReadonlySet<string>, skipCues: ReadonlySet<string>): void {
  const sentenceAt = new Map(view.sentences.map((s) => [s.start, s]));
  const ordered = [...claims].sort((a, b) => a.evidence.start - b.evidence.start);
  ordered.forEach((claim, k) => {
    if (!types.has(claim.type) || skipCues.has(claim.cue)) return;
    const sentence = sentenceAt.get(claim.evidence.start);
    if (!sentence) return;
    const noun = answeredNoun(view, sentence);
    if (noun < 0) return;
    // an actor named after the noun is the detector's choice: "the proposal that Taipei put forward"
    // (not an adjective: "the proposal to cut Russian gas imports")
    if (claim.targets.some((t) => view.mentions[t].sentence === sentence.index && view.mentions[t].tokens[0] > noun && !view.mentions[t].weak)) return;
    const proposal = (conflictTags(view, sentence).tags[noun] & ANSWERED_PROPOSAL) !== 0;
    const stem = sentence.tokens[noun].normal.slice(0, STEM);
    const here = view.mentions[claim.source].sentence;
    const candidates: Claim[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const earlier = ordered[j];
      const at = view.mentions[earlier.source].sentence;
      if (at >= here) continue;
      if (here - at > ANSWER_MEMORY) break;
      if ((earlier.type === 'PROPOSAL') === proposal && !sameSide(view, earlier, claim)) candidates.push(earlier);
    }
    // the latest that the same word names ("the proposal" answers what was proposed), else the latest
    const answered = candidates.find((c) => c.cue.startsWith(stem)) ?? candidates[0];
    if (!answered) return;
    const author = view.mentions[answered.source].canonical;
    claim.targets = [answered.source, ...claim.targets.filter((t) => view.mentions[t].canonical !== author)];
    claim.targetFrom = 'earlier claim'; // the sentence names the proposal or claim, not its author
  });
}
