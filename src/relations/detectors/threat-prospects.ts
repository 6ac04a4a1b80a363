// A possible act of force raised rather than stated (CAMEO 1312 "raise * possibility (of
// sanctions)", 138 "announce * possibility (of &fight)", 130 "hint * measures"): "India raised the
// prospect of sanctions against Bangladesh", "Australia hinted at tariffs on Myanmar", "Turkey did
// not rule out a military operation against Greece". The author is the subject of the verb that
// raises it; the threatened are those named after the noun of force. Knowledge:
// threat-frames.json "prospects", with the nouns of force of force-acts.json.
import type { Claim, Sentence } from '../../model/types';
import { ownNames, plausibleActor } from '../../extract/targets';
import { phraseAt } from '../../extract/lexicon-match';
import { mentionEndingAt, mentionsFrom, type ArticleView } from '../../extract/view';
import { forceNounAfter } from './threat-frames';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';

/** How many determiners or possessives may stand between the verb and the noun of possibility ("raised the prospect"). */
const DETERMINER_GAP = 2;

export function raisedThreats(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  if ((sentenceTokenTags(view, sentence) & PROSPECT_START) === 0) return []; // the loop below skips every token
  const { tokens } = sentence;
  const out: Claim[] = [];
  let authors: Set<string> | null = null; // made at the first verb found: most sentences have none
  const tags = tokenTags(view, sentence);
  for (let i = 0; i < tokens.length; i++) {
    if ((tags[i] & PROSPECT_START) === 0) continue; // most tokens start no such verb
    const raised = prospectAt(view, sentence, i);
    if (raised === null || weighedInSpeech(view, sentence, i, raised.verb)) continue;
    const { verb } = raised;
    const author = subjectOf(view, sentence, i);
    authors ??= new Set(existing.filter((c) => c.type === 'THREAT').map((c) => view.mentions[c.source].canonical));
    if (author === null || authors.has(view.mentions[author].canonical)) continue;
    authors.add(view.mentions[author].canonical);
    const own = ownNames(view, author);
    const targets = mentionsFrom(view, sentence, i + verb.length, tokens.length - 1).filter((m) => {
      const other = view.mentions[m];
      return other.label !== 'Location' && other.qualifies === undefined && !own.has(other.canonical) && other.canonical !== view.mentions[author].canonical;
    });
    out.push({ type: 'THREAT', source: author, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: verb.join(' ') });
  }
  return out;
}

/** "an official said Washington was weighing sanctions": weighing told by a verb of saying before it is that speaker's claim (threat.ts), not an act. */
function weighedInSpeech(view: ArticleView, sentence: Sentence, i: number, verb: string[]): boolean {
  if (verb.length !== 1 || !view.knowledge.threatFrames.prospectWeighing.has(verb[0])) return false;
  const speech = view.knowledge.cues.speechVerbs;
  return sentence.tokens.slice(0, i).some((t) => t.pos === 'VERB' && speech.has(t.lemma));
}

/**
 * Where inside the region a possible act of force is raised, by a verb of the prospects whose
 * force ends inside it too (the token of that verb), or -1: "said the kingdom was considering
 * further measures if Qatar ...", in what a speaker says. Whose side raises it, the caller decides.
 */
export function prospectIn(view: ArticleView, sentence: Sentence, region: { from: number; to: number }): number {
  if ((sentenceTokenTags(view, sentence) & PROSPECT_START) === 0) return -1;
  const tags = tokenTags(view, sentence);
  const last = Math.min(region.to, sentence.tokens.length - 1);
  for (let i = Math.max(region.from, 0); i <= last; i++) {
    if ((tags[i] & PROSPECT_START) === 0) continue;
    const raised = prospectAt(view, sentence, i);
    if (raised !== null && raised.force <= last) return i;
  }
  return -1;
}

/** The prospect verb at token i and the last token of the possible force it raises, or null. */
function prospectAt(view: ArticleView, sentence: Sentence, i: number): { verb: string[]; force: number } | null {
  const { prospectVerbs, prospectNouns, prospectDirect } = view.knowledge.threatFrames;
  const verb = prospectVerbs.find((v) => phraseAt(sentence.tokens, i, v));
  if (!verb) return null;
  const direct = prospectDirect.some((d) => d.length === verb.length && d.every((w, j) => w === verb[j]));
  const force = possibleForce(view, sentence, i + verb.length, prospectNouns, direct);
  return force < 0 ? null : { verb, force };
}

/** The first words of the prospect verbs (normal form or lemma): the tokens raisedThreats reads further. */
const PROSPECT_START = defineTokenTag(({ threatFrames }) => {
  const firsts = threatFrames.prospectVerbs.filter((verb) => verb.length > 0).map((verb) => verb[0]);
  return { normals: firsts, lemmas: firsts };
});

/** After the verb: "[the] prospect of" or nothing, then a noun of force; its last token, or -1. */
function possibleForce(view: ArticleView, sentence: Sentence, from: number, nouns: ReadonlySet<string>, direct: boolean): number {
  const { tokens } = sentence;
  let k = from;
  while (k < tokens.length && k - from < DETERMINER_GAP && (tokens[k].pos === 'DET' || tokens[k].pos === 'PRON')) k++;
  if (nouns.has(tokens[k]?.lemma ?? '') || nouns.has(tokens[k]?.normal ?? '')) {
    if (tokens[k + 1]?.normal !== 'of') return -1;
    return forceNounAfter(view, tokens, k + 2);
  }
  // "raised tariffs on X" is an act, not a possibility: only some verbs take the noun of force directly
  const force = direct ? forceNounAfter(view, tokens, k) : -1;
  return force >= 0 && happenedForce(view, tokens, k, force) ? -1 : force;
}

/** "discussing the recent attack by North Korea": a force that took place or is another's (its agent named after "by") is no prospect. */
function happenedForce(view: ArticleView, tokens: Sentence['tokens'], from: number, end: number): boolean {
  const { agentWords, pastMarkers } = view.knowledge.threatFrames;
  if (agentWords.has(tokens[end + 1]?.normal ?? '')) return true;
  for (let k = from; k < end; k++) if (pastMarkers.has(tokens[k].normal)) return true;
  return false;
}

/** The actor right before the verb at `i` ("India raised", "Turkey did not rule out"), or null. */
function subjectOf(view: ArticleView, sentence: Sentence, i: number): number | null {
  let j = i - 1;
  while (j >= 0 && (sentence.tokens[j].pos === 'AUX' || sentence.tokens[j].pos === 'ADV')) j--;
  const subject = j >= 0 ? mentionEndingAt(view, sentence, j) : null;
  if (subject === null || !plausibleActor(view, subject) || view.mentions[subject].label === 'Location' || view.mentions[subject].weak) return null;
  return subject;
}
