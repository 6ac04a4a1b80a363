// Threats with no speaker's clause of their own: a threat reported in the passive ("Peru was
// threatened with sanctions by Chile": Chile threatens Peru, not the other way round) and an act
// that is itself a warning (CAMEO 15 shows of force: "Chile moved troops to the border as a warning
// to Peru"), and a sanction that is its own verb (threat-sanctioning.ts). Knowledge: cues.json "threat" (verbs), threat-frames.json (warningActs, agentWords).
import type { Claim, Sentence } from '../../model/types';
import { coordinatedAfter, ownNames, partiesAround, plausibleActor } from '../../extract/targets';
import { phraseAt } from '../../extract/lexicon-match';
import { insideQuote } from '../../extract/quotes';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';
import { mentionEndingAt, mentionsFrom, type ArticleView } from '../../extract/view';
import { isPassive } from './conflict-words';
import { sanctioningAct } from './threat-sanctioning';
import { participleAgent } from '../../extract/speakers/passive-agent';
import { measureActs } from './threat-measure-acts';
import { readinessThreats } from './threat-readiness';

/** Tokens that may start a passive threat or a warning act. */
const THREAT_ACT_WORD = defineTokenTag(({ cues, threatFrames }) => ({
  bases: [...cues.threatVerbs, ...cues.warnVerbs, ...threatFrames.sanctioningVerbs],
  normals: [...threatFrames.warningActs.map((phrase) => phrase[0]), ...threatFrames.orderWords],
}));

/** How far after a passive verb its agent may come ("was threatened on Friday with sanctions by X"). */
const AGENT_REACH = 8;
/** How far before a warning act its author's verb may be ("moved troops to the border with X as a warning"). */
const ACT_REACH = 16;

export function actThreats(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  const out: Claim[] = [];
  const threatened = existing.some((c) => c.type === 'THREAT');
  // most sentences have no token with the tag: the loop below would skip every one
  const tags = (sentenceTokenTags(view, sentence) & THREAT_ACT_WORD) === 0 ? null : tokenTags(view, sentence);
  for (let i = 0; tags !== null && i < sentence.tokens.length; i++) {
    if (!(tags[i] & THREAT_ACT_WORD)) continue;
    // an order reported in another's words is still its author's ("KCNA said: 'Kim issued an order ...'")
    const quoted = insideQuote(view.quotes, sentence.tokens[i].start) !== null;
    const claim = orderedReadiness(view, sentence, i) ?? (quoted ? null : (passiveThreat(view, sentence, i) ?? participleThreat(view, sentence, i) ?? (threatened ? null : sanctioningAct(view, sentence, i)) ?? (threatened || out.length > 0 ? null : warningAct(view, sentence, i))));
    if (claim && !existing.some((c) => c.type === 'THREAT' && view.mentions[c.source].canonical === view.mentions[claim.source].canonical)) out.push(claim);
  }
  // "The Commission has imposed a penalty payment on X": a measure the text reports, no speaker's threat covering it
  if (!threatened && out.length === 0) out.push(...measureActs(view, sentence));
  // "The EU is ready to impose further sanctions if ...": a readiness the narrator reports
  if (out.length === 0) out.push(...readinessThreats(view, sentence, existing));
  return out;
}

/** Is the verb at `i` one that threatens or warns, in the passive ("was threatened", "has been warned")? */
export function passiveThreatVerb(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { cues } = view.knowledge;
  const t = sentence.tokens[i];
  return t.pos === 'VERB' && (cues.threatVerbs.has(t.lemma) || cues.warnVerbs.has(t.lemma)) && isPassive(sentence, i);
}

/** "Peru was threatened with sanctions by Chile": Chile's threat, aimed at the subject. */
function passiveThreat(view: ArticleView, sentence: Sentence, i: number): Claim | null {
  if (!passiveThreatVerb(view, sentence, i)) return null;
  const { tokens } = sentence;
  let by = -1;
  for (let k = i + 1; k < tokens.length && k <= i + AGENT_REACH; k++) {
    if (view.knowledge.threatFrames.agentWords.has(tokens[k].normal)) {
      by = k;
      break;
    }
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'VERB') break;
  }
  if (by < 0) return null;
  const authors = coordinatedAfter(view, sentence, by + 1).filter((m) => plausibleActor(view, m) && view.mentions[m].label !== 'Location');
  if (authors.length === 0) return null;
  const author = authors[0];
  const own = ownNames(view, author);
  let subjectEnd = i - 1;
  while (subjectEnd >= 0 && (tokens[subjectEnd].pos === 'AUX' || tokens[subjectEnd].pos === 'ADV')) subjectEnd--;
  const subject = subjectEnd >= 0 ? mentionEndingAt(view, sentence, subjectEnd) : null;
  const targets = [subject, ...mentionsFrom(view, sentence, i + 1, by - 1)].filter(
    (m): m is number => m !== null && view.mentions[m].label !== 'Location' && view.mentions[m].qualifies === undefined && !own.has(view.mentions[m].canonical),
  );
  return claimOf(sentence, author, targets, tokens[i].normal);
}

/**
 * "sanctions threatened by the African Union", "the strikes warned of by Hezbollah": a threat named
 * by a participle with its agent is the agent's, aimed at the parties the sentence names, the
 * nearest before it first ("Guinea's junta fears sanctions threatened by the AU").
 */
function participleThreat(view: ArticleView, sentence: Sentence, i: number): Claim | null {
  const { cues } = view.knowledge;
  const t = sentence.tokens[i];
  if (!cues.threatVerbs.has(t.lemma) && !cues.warnVerbs.has(t.lemma)) return null;
  const author = participleAgent(view, sentence, i);
  if (author === null || !plausibleActor(view, author) || view.mentions[author].label === 'Location') return null;
  return claimOf(sentence, author, partiesAround(view, sentence, i, new Set([...ownNames(view, author), view.mentions[author].canonical])), t.normal);
}

/** "Chile moved troops to the border with Peru as a warning": the act's subject warns the others named. */
function warningAct(view: ArticleView, sentence: Sentence, i: number): Claim | null {
  const { tokens } = sentence;
  const phrase = view.knowledge.threatFrames.warningActs.find((p) => phraseAt(tokens, i, p));
  if (!phrase) return null;
  let verb = -1;
  for (let j = i - 1; j >= 0 && j >= i - ACT_REACH; j--) {
    if (tokens[j].pos === 'VERB' && verb < 0) {
      verb = j;
      continue;
    }
    if (verb < 0) continue;
    if (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV') continue;
    const subject = mentionEndingAt(view, sentence, j);
    if (subject === null || !plausibleActor(view, subject) || view.mentions[subject].label === 'Location') return null;
    const own = ownNames(view, subject);
    const targets = mentionsFrom(view, sentence, verb + 1, tokens.length - 1).filter((m) => {
      const other = view.mentions[m];
      return other.label !== 'Location' && other.qualifies === undefined && !own.has(other.canonical) && other.canonical !== view.mentions[subject].canonical;
    });
    return claimOf(sentence, subject, targets, phrase.join(' '));
  }
  return null;
}

/**
 * "Kim ordered the army to prepare for war with Seoul", "issued an order that the front-line
 * units be fully battle ready": an order to forces to make ready for war threatens those named
 * after it. The author is the subject of "ordered", or of the verb that issues "an order".
 */
function orderedReadiness(view: ArticleView, sentence: Sentence, i: number): Claim | null {
  const { tokens } = sentence;
  const { orderWords, readiness, orderReach, issuingVerbs } = view.knowledge.threatFrames;
  if (!orderWords.has(tokens[i].normal)) return null;
  let ready = -1;
  for (let k = i + 1; k < tokens.length && k <= i + orderReach && ready < 0; k++) if (readiness.some((p) => phraseAt(tokens, k, p))) ready = k;
  if (ready < 0) return null;
  // the verb whose subject gives the order: "ordered" itself, or the verb that issues the noun
  let verb = tokens[i].pos === 'VERB' ? i : -1;
  for (let j = i - 1; verb < 0 && j >= 0 && j >= i - 4; j--) {
    if (tokens[j].pos === 'VERB' && issuingVerbs.has(tokens[j].lemma)) verb = j;
    else if (!['DET', 'ADJ', 'NUM'].includes(tokens[j].pos)) break;
  }
  if (verb < 0) return null;
  let j = verb - 1;
  while (j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
  const author = j >= 0 ? mentionEndingAt(view, sentence, j) : null;
  if (author === null || !plausibleActor(view, author) || view.mentions[author].label === 'Location') return null;
  const own = ownNames(view, author);
  const targets = mentionsFrom(view, sentence, ready, tokens.length - 1).filter((m) => {
    const other = view.mentions[m];
    return other.label !== 'Location' && other.qualifies === undefined && !own.has(other.canonical) && other.canonical !== view.mentions[author].canonical;
  });
  return claimOf(sentence, author, targets, tokens[i].normal);
}

function claimOf(sentence: Sentence, source: number, targets: number[], cue: string): Claim {
  return { type: 'THREAT', source, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue };
}
