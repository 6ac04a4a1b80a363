// REJECTION (CAMEO 12): the speaker rejects, refuses, dismisses, denies or refutes a proposal,
// claim, demand or report — "The Kremlin dismissed the claims" — by a rejection verb of
// knowledge/en/verbal-conflict.json (derived from CAMEO 12x and 016), as the verb of saying or in
// the words with no other subject ("said Moscow had rejected Washington's proposal"), by a negated
// acceptance in the words ("will not support any sanctions", "would never renounce"; not "will not
// tolerate attacks", a warning), or by words that deny a claim ("the accusations were
// fabrications", "had nothing to do with the incident"). Not "refused to comment", not "did not rule out". A rejection verb whose subject
// is someone else ("said Beijing had rejected"), the agent of a passive ("was rejected by Tokyo"),
// "Hanoi's refusal": that actor's claim. Aimed at the party whose proposal or claim it is, when named.
import { insideQuote } from '../../extract/quotes';
import { contentRanges, targetsOf } from '../../extract/targets';
import { mentionEndingAt, mentionsFrom, type ArticleView, type Cue, type Region } from '../../extract/view';
import { baseForm, isPossessive } from '../../lang/en/morphology';
import type { Claim, Sentence } from '../../model/types';
import { cueVerb } from './accusation';
import { ACCEPTS, ANSWERED_CLAIM, ANSWERED_PROPOSAL, LABELLING, labelHas, actorClaims, actorsAfter, CLAIM_NOUN, conditionalAt, conflictTags, DENIAL, ownSide, subjectsOf, declinesOnly, DISMISSAL, isPassive, NEGATION_REACH, negatedAt, NONE, othersPronounAt, REJECTION_NOUN, REJECTS, speakersOwnVerb, STANCE, type ConflictClaimKind } from './conflict-words';
import type { Detector } from './detector';
import { nominalClaims } from './nominal';
import { answerAuthors } from './answered';

const REJECTIONS = new Set(['REJECTION']);
const NO_CUES = new Set<string>();

/** How far before a word that denies it a claim noun may be: "the accusations were “Russophobic fabrications”". */
const DENIAL_REACH = 6;

/** How far back a refusal's clause may open with "if", names and all ("if the Justice and Equality Movement did not disarm"). */
const REFUSAL_CONDITION_REACH = 12;

/** "will not accept any quota": a negated acceptance, unless what is not accepted is harm ("will not tolerate attacks"). */
function refusesAt(view: ArticleView, sentence: Sentence, from: number, i: number): boolean {
  const { harmObjects } = view.knowledge.verbalConflict.rejection;
  const { tokens } = sentence;
  if ((conflictTags(view, sentence).tags[i] & ACCEPTS) === 0 || !tokens.slice(Math.max(from, i - NEGATION_REACH), i).some((w) => view.knowledge.cues.negators.has(w.normal))) return false;
  // "if the government does not resign", "people are not getting paid": a refusal supposed, or suffered (a passive with "be" or "get"), is none
  if (conditionalAt(view, sentence, i, REFUSAL_CONDITION_REACH) || isPassive(sentence, i) || sentence.tokens[i - 1]?.lemma === 'get') return false;
  return !tokens.slice(i + 1, i + 4).some((t) => harmObjects.has(t.normal));
}

/** How far before a word that denies a claim a form of "be" may be: "the files were “fake”", "the reports are utter lies". */
const COPULA_REACH = 3;

/**
 * Words that deny a claim: near a claim noun ("the accusations were fabrications", "baseless
 * allegations"), said of something ("the files were fake"), or as the label of a labelling verb
 * ("called the results a sham").
 */
function deniesInWords(view: ArticleView, sentence: Sentence, cue: Cue, from: number, to: number): boolean {
  const { labelVerbs } = view.knowledge.verbalConflict.accusation;
  const { tokens } = sentence;
  const { tags, any } = conflictTags(view, sentence);
  if ((any & DISMISSAL) === 0) return false;
  const labelling = cue.token >= 0 && labelVerbs.has(cue.lemma) && tokens[cue.token + 1]?.pos !== 'ADP';
  for (let i = from; i <= to; i++) {
    if ((tags[i] & DISMISSAL) === 0) continue;
    if (labelling) return true;
    const before = tokens.slice(Math.max(from, i - COPULA_REACH), i);
    if (before.some((t) => t.pos === 'AUX' && t.lemma === 'be')) return true;
    for (let k = Math.max(from, i - DENIAL_REACH); k <= Math.min(to, i + 2); k++) if ((tags[k] & CLAIM_NOUN) !== 0) return true;
  }
  return false;
}

/** "said Moscow had “nothing to do” with the incident", "there are no grounds for": a phrase that denies a claim, not negated. */
function denialAt(view: ArticleView, sentence: Sentence, from: number, to: number): boolean {
  const { denials } = view.knowledge.verbalConflict.rejection;
  const { tokens } = sentence;
  const words = (k: number): number => {
    // quote marks inside the phrase: “nothing to do” with
    let j = k;
    while (tokens[j]?.pos === 'PUNCT' && tokens[j].normal !== ',') j++;
    return j;
  };
  for (let i = from; i <= to; i++) {
    for (const phrase of denials.get(tokens[i].normal) ?? []) {
      let k = i;
      let matched = true;
      for (const word of phrase) {
        k = words(k);
        // "no legal basis", "no real grounds": adjectives inside the phrase
        while (k > i && tokens[k]?.pos === 'ADJ' && tokens[k].normal !== word) k++;
        if (tokens[k]?.normal !== word) {
          matched = false;
          break;
        }
        k++;
      }
      if (matched && !negatedAt(view, sentence, i)) return true;
    }
  }
  return false;
}

/** How many sentences back the thing a "there have been no …" denies may be named. */
const NONE_MEMORY = 6;
/** How many words after "no" the thing denied may run: "no security-related problems". */
const NONE_REACH = 5;
/** Parts of speech of the words that name the thing denied. */
const NONE_WORDS = new Set(['NOUN', 'ADJ']);

/**
 * "said there have been no security-related problems", a few sentences after "Japan cited
 * security concerns": a speaker's words that there is none of a thing another actor's sentence
 * named before deny it. Not a thing no one else named ("there is no doubt").
 */
function deniesEarlier(view: ArticleView, sentence: Sentence, speaker: number, from: number, to: number): boolean {
  return deniedAuthor(view, sentence, speaker, from, to) !== null;
}

/** The actor of the sentence before that named what the speaker's "there have been no …" denies, or null. */
function deniedAuthor(view: ArticleView, sentence: Sentence, speaker: number, from: number, to: number): number | null {
  const { noneAnswers } = view.knowledge.verbalConflict.rejection;
  const { tokens } = sentence;
  for (let i = from; i <= to; i++) {
    for (const phrase of noneAnswers.get(tokens[i].normal) ?? []) {
      if (!phrase.every((word, d) => tokens[i + d]?.normal === word)) continue;
      const after = i + phrase.length;
      const things = new Set<string>();
      for (let k = after; k < Math.min(tokens.length, after + NONE_REACH) && (NONE_WORDS.has(tokens[k].pos) || tokens[k].pos === 'PUNCT' && tokens[k].normal === '-' || tokens[k].pos === 'VERB'); k++) {
        if (NONE_WORDS.has(tokens[k].pos)) things.add(tokens[k].lemma);
      }
      const author = things.size > 0 ? namedBefore(view, sentence, speaker, things) : null;
      if (author !== null) return author;
    }
  }
  return null;
}

/** The first actor other than the speaker's side of a sentence shortly before that named one of the things, or null. */
function namedBefore(view: ArticleView, sentence: Sentence, speaker: number, things: ReadonlySet<string>): number | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - NONE_MEMORY); s--) {
    const earlier = view.sentences[s];
    if (!earlier.tokens.some((t) => NONE_WORDS.has(t.pos) && things.has(t.lemma))) continue;
    const others = mentionsFrom(view, earlier, 0, earlier.tokens.length - 1).filter((m) => view.mentions[m].label !== 'Location' && !ownSide(view, speaker, m));
    if (others.length > 0) return others[0];
  }
  return null;
}

function rejectsInWords(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): boolean {
  const { tokens } = sentence;
  const { tags, any } = conflictTags(view, sentence);
  if ((any & (REJECTS | ACCEPTS | DISMISSAL | DENIAL | STANCE | NONE)) === 0) return false;
  for (const range of contentRanges(sentence, cue, region)) {
    const from = Math.max(range.from, 0);
    const to = Math.min(range.to, tokens.length - 1);
    // "it includes the non-recognition of the annexation": the stance is the speaker's, not "Kyiv's non-recognition"
    for (let i = from; i <= to; i++) if ((tags[i] & STANCE) !== 0 && !isPossessive(tokens[i - 1])) return true;
    for (let i = from; i <= to; i++) {
      if ((tags[i] & (REJECTS | ACCEPTS)) === 0 || i === cue.token) continue;
      if ((tags[i] & REJECTS) !== 0 && speakersOwnVerb(view, sentence, source, i)) return true;
      if (refusesAt(view, sentence, from, i)) return true;
    }
    if (deniesInWords(view, sentence, cue, from, to) || denialAt(view, sentence, from, to) || ((any & NONE) !== 0 && deniesEarlier(view, sentence, source, from, to))) return true;
  }
  return false;
}

/** How far after a rejection verb the noun of what it rejects may be: "rejected the latest ceasefire proposal". */
const ANSWERED_REACH = 6;

/**
 * "rejected Australia's offer", "rejected the American plan", "turned down a request from Seoul",
 * "vetoed the resolution drafted by Malta": whose proposal or claim it is comes first.
 */
function ownerFirst(view: ArticleView, sentence: Sentence, after: number, targets: number[]): number[] {
  const { tokens } = sentence;
  let owner: number | undefined = targets.find((m) => isPossessive(tokens[view.mentions[m].tokens[1] + 1]) && view.mentions[m].tokens[0] > after);
  if (owner === undefined && after >= 0) owner = authorOfAnswered(view, sentence, after) ?? undefined;
  return owner === undefined ? targets : [owner, ...targets.filter((m) => m !== owner)];
}

/** The actor named with the first noun of a proposal or claim after the verb at `after`: before it as a demonym, or after it by "from", "by", "drafted by". */
function authorOfAnswered(view: ArticleView, sentence: Sentence, after: number): number | null {
  const { tokens } = sentence;
  const { tags } = conflictTags(view, sentence);
  const { authorPrepositions } = view.knowledge.functionWords;
  for (let i = after + 1; i < Math.min(tokens.length, after + 1 + ANSWERED_REACH) && tokens[i].pos !== 'VERB'; i++) {
    if ((tags[i] & (ANSWERED_PROPOSAL | ANSWERED_CLAIM | CLAIM_NOUN)) === 0) continue;
    const before = mentionEndingAt(view, sentence, i - 1);
    if (before !== null && view.mentions[before].kind === 'demonym') return before;
    const by = view.knowledge.cues.authorVerbs.has(tokens[i + 1]?.normal ?? '') ? i + 2 : i + 1;
    if (!authorPrepositions.has(tokens[by]?.normal ?? '')) return null;
    // "from Ostland President Ada Vell": the person, not the state that qualifies the title
    const author = mentionsFrom(view, sentence, by + 1, Math.min(by + 4, tokens.length - 1)).filter((m) => view.mentions[m].qualifies === undefined)[0];
    return author !== undefined && view.mentions[author].label !== 'Location' ? author : null;
  }
  return null;
}

const REJECTION_KIND: ConflictClaimKind = {
  type: 'REJECTION',
  verb: REJECTS,
  targetsAfter: (view, sentence, i, agents) => ownerFirst(view, sentence, i, actorsAfter(view, sentence, i, agents)),
};

/**
 * "Hungary would not accept the quota": a negated acceptance by an actor is that actor's rejection;
 * in a speaker's words about the speaker's own side ("Szijjarto said Budapest would not support")
 * it is the speaker's alone.
 */
function refusalKind(claims: Claim[]): ConflictClaimKind {
  return {
    type: 'REJECTION',
    verb: ACCEPTS,
    verbAt: (view, sentence, i) =>
      refusesAt(view, sentence, 0, i) && !subjectsOf(view, sentence, i).some((m) => claims.some((c) => ownSide(view, c.source, m))),
    targetsAfter: REJECTION_KIND.targetsAfter,
  };
}

/** "The embassy called the report a fabrication": a labelling verb whose label denies a claim, with no verb of saying. */
const LABELLING_KIND: ConflictClaimKind = {
  type: 'REJECTION',
  verb: LABELLING,
  verbAt: (view, sentence, i) => !negatedAt(view, sentence, i) && labelHas(sentence, conflictTags(view, sentence).tags, i, DISMISSAL),
  targetsAfter: REJECTION_KIND.targetsAfter,
};

/**
 * "“The United States categorically rejects the allegations,” said spokeswoman Victoria Nuland":
 * the speaker's own side named in the speaker's quoted words is the speaker speaking for it, the
 * rejection is the speaker's alone (reported words, "said Moscow had rejected", are Moscow's too).
 */
function quotedOwnSide(view: ArticleView, sentence: Sentence, claims: Claim[], claim: Claim): boolean {
  const mention = view.mentions[claim.source];
  if (!insideQuote(view.quotes, sentence.tokens[mention.tokens[0]].start)) return false;
  return claims.some((c) => c.type === 'STATEMENT' && c.source !== claim.source && ownSide(view, c.source, claim.source));
}

/** How many words after "so … does" the actor may start (a title before the name): "so, too, does former Assistant Secretary of State Roger Noriega". */
const ELLIPSIS_REACH = 8;

/**
 * "The State Department dismissed the accusation. And so, too, does Roger Noriega.": a sentence
 * of "so", a bare auxiliary and an actor says the actor does what the sentence before did; after
 * a rejection there, the actor rejects too (the actors after that rejection are its targets).
 */
function ellipticalRejection(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  const { tokens } = sentence;
  let k = tokens[0]?.pos === 'CCONJ' ? 1 : 0;
  if (tokens[k]?.normal !== 'so' || tokens[k].pos !== 'ADV' || sentence.index === 0) return [];
  k++;
  while (tokens[k] && (tokens[k].pos === 'ADV' || (tokens[k].pos === 'PUNCT' && tokens[k].normal === ','))) k++;
  if (tokens[k]?.pos !== 'AUX') return [];
  // the head of the subject: its last actor before a comma ("former Assistant Secretary of State Roger Noriega, now ...")
  let end = k + 1;
  while (end < tokens.length - 1 && end < k + ELLIPSIS_REACH && tokens[end + 1].pos !== 'PUNCT') end++;
  const actor = mentionsFrom(view, sentence, k + 1, end).filter((m) => {
    const mention = view.mentions[m];
    return mention.label !== 'Location' && mention.qualifies === undefined && !mention.weak && mention.tokens[1] <= end;
  }).pop();
  if (actor === undefined || claims.some((c) => c.type === 'REJECTION' && view.mentions[c.source].canonical === view.mentions[actor].canonical)) return [];
  const before = view.sentences[sentence.index - 1];
  const { tags } = conflictTags(view, before);
  const verb = tags.findIndex((tag, i) => (tag & REJECTS) !== 0 && !negatedAt(view, before, i) && !isPassive(before, i));
  if (verb < 0) return [];
  return [{ type: 'REJECTION', source: actor, targets: actorsAfter(view, before, verb, [actor]), evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: baseForm(before.tokens[verb]) }];
}

export const rejection: Detector = {
  type: 'REJECTION',
  fires: ({ view, sentence, source, cue, region }) => {
    const verbs = view.knowledge.verbalConflict.rejection.verbs;
    if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs))) {
      // "…, but they refuse to respect": a pronoun taken for the speaker that names others
      return !declinesOnly(view, sentence, cue.token) && !negatedAt(view, sentence, cue.token) && !isPassive(sentence, cue.token) && !othersPronounAt(view, sentence, source, cue.token);
    }
    return rejectsInWords(view, sentence, source, cue, region);
  },
  targets: ({ view, sentence, source, cue, region }) => {
    const targets = ownerFirst(view, sentence, cue.token, targetsOf(view, sentence, source, cue, region));
    // "said there have been no security problems": aimed at whoever named them before
    const denied = (conflictTags(view, sentence).any & NONE) === 0 ? null : contentRanges(sentence, cue, region).map((r) => deniedAuthor(view, sentence, source, Math.max(r.from, 0), Math.min(r.to, sentence.tokens.length - 1))).find((m) => m !== null) ?? null;
    return denied === null ? targets : [denied, ...targets.filter((m) => view.mentions[m].canonical !== view.mentions[denied].canonical)];
  },
  sentenceClaims: (view, sentence, claims) => {
    const { tags, any } = conflictTags(view, sentence);
    const byVerbs = actorClaims(view, sentence, claims, REJECTION_KIND).filter((c) => !quotedOwnSide(view, sentence, claims, c));
    const byRefusals = (any & ACCEPTS) === 0 ? byVerbs : [...byVerbs, ...actorClaims(view, sentence, [...claims, ...byVerbs], refusalKind(claims))];
    const labelled = (any & LABELLING) === 0 ? byRefusals : [...byRefusals, ...actorClaims(view, sentence, [...claims, ...byRefusals], LABELLING_KIND)];
    const byActors = [...labelled, ...ellipticalRejection(view, sentence, [...claims, ...labelled])];
    if ((any & REJECTION_NOUN) === 0) return byActors;
    return [...byActors, ...nominalClaims(view, sentence, [...claims, ...byActors], { type: 'REJECTION', names: (_tokens, i) => (tags[i] & REJECTION_NOUN) !== 0 })];
  },
  // "the Kremlin dismissed the proposal": aimed at whoever proposed it
  articleTargets: (view, claims) => answerAuthors(view, claims, REJECTIONS, NO_CUES),
};
