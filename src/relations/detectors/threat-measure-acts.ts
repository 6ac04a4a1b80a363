// Threats the text reports as acts, with no speaker's clause: sanctions put in place (CAMEO
// 163/172: "The European Commission has imposed a penalty payment on X", "President Y announced
// an expansion of sanctions against Z", "the Canadian sanctions target 40 people of X's
// government"), cuts in relations (CAMEO 16, force-acts.json ruptures: "The United States on
// Thursday expelled Ecuador's ambassador", "the AU has suspended Madagascar's membership") and
// deadlines given (CAMEO 139: "ministers have given Syria until Friday to sign"). The gold counts
// the day's measures as the actor's threats; one dated in the past ("Mexico imposed tariffs on
// steel in April", "sanctions already imposed") is history, not news, and is left alone
// (threat-frames.json pastMarkers; "in" a month or a year).
import type { Claim, Sentence, Token } from '../../model/types';
import { plausibleActor, ownNames } from '../../extract/targets';
import { insideQuote } from '../../extract/quotes';
import { mentionEndingAt, type ArticleView, type Cue } from '../../extract/view';
import { skippable } from '../../extract/speakers/find-speakers';
import { conditionalAt, isPassive, subjectsOf } from './conflict-words';
import { aimedActor, askedOfOthers, doneByAgent, firstActorIn, measuresOf, targetingOf, type Measure } from './threat-sanctions';
import { ruptureAt, speakerStatesIntent } from './threat-frames';
import { partyAfter, partyOwns, ruptureObjectFrom } from './threat-ruptures';
import { givenDeadlineAt } from './threat-deadlines';
import { reasonBefore, sanctionedParty } from './threat-sanctioning';
import { bareApostrophe, isPossessive } from '../../lang/en/morphology';

/** The threats of the measures the sentence reports its actors putting in place (none where a speaker's threat already covers it). */
export function measureActs(view: ArticleView, sentence: Sentence): Claim[] {
  const measures = measuresOf(view, sentence);
  const targeting = targetingOf(view, sentence);
  const givers = sentence.tokens.flatMap((t, k) => (t.pos === 'VERB' && view.knowledge.threatFrames.ultimatumGivers.has(t.lemma) ? [k] : []));
  const ruptures = rupturesOf(view, sentence);
  if (measures.length === 0 && targeting.length === 0 && givers.length === 0 && ruptures.length === 0) return [];
  // the date of the reason is not the measure's ("in response to its nuclear test earlier this week")
  const first = Math.min(...measures.map((m) => m.verb), ...targeting, ...givers, ...ruptures.map((r) => r.verb));
  const upTo = reasonBefore(view, sentence, first);
  const past = datedInThePast(view, sentence, upTo);
  // "has decided to impose sanctions in October": a measure still to come, whatever month it names
  const planned = measures.filter(({ verb }) => sentence.tokens[verb - 1]?.normal === 'to' && !pastMarked(view, sentence, upTo));
  if (past) return measuresPut(view, sentence, planned);
  return [...ruptureActs(view, sentence, ruptures), ...authoredTargeting(view, sentence, targeting), ...deadlineActs(view, sentence, givers), ...measuresPut(view, sentence, measures)];
}

/** "The Commission has imposed a penalty payment on X": the subject of the verb threatens the party the measure is aimed at. */
function measuresPut(view: ArticleView, sentence: Sentence, measures: Measure[]): Claim[] {
  const out: Claim[] = [];
  for (const { verb, noun } of measures) {
    if (isPassive(sentence, verb) || insideQuote(view.quotes, sentence.tokens[verb].start) !== null) continue;
    if (askedOfOthers(view, sentence, verb) || doneByAgent(view, sentence, verb)) continue;
    if (conditionalAt(view, sentence, verb)) continue; // "would respond if the United States expanded sanctions": a measure supposed, not put
    const author = measureAuthor(view, sentence, verb);
    if (author === undefined || inReasonClause(view, sentence, author)) continue;
    const aimed = aimedActor(view, sentence, noun + 1, sentence.tokens.length - 1);
    if (aimed >= 0 && ownNames(view, author).has(view.mentions[aimed].canonical)) continue;
    if (aimed >= 0) out.push(claimOf(sentence, author, [aimed], sentence.tokens[verb].normal));
    // "is imposing sanctions on several members of the regime", "imposed new sanctions on Monday":
    // the day's measure on parties the sentence does not name; whom it falls on is inherited
    else if (fallsOnTheUnnamed(view, sentence.tokens[noun])) out.push(claimOf(sentence, author, othersNamed(view, sentence, author, noun), sentence.tokens[verb].normal));
  }
  return out;
}

/**
 * The parties the sentence names after a measure aimed at no name, besides the author's side
 * ("on several members of the regime for their role in the crackdown in Nicaragua"): whom it falls
 * on. Those before it are its authors or their partners ("the UK and US have imposed"); with none
 * after it, whom it falls on is inherited.
 */
function othersNamed(view: ArticleView, sentence: Sentence, author: number, noun: number): number[] {
  const own = ownNames(view, author);
  return view.bySentence[sentence.index].filter((m) => view.mentions[m].tokens[0] > noun && sanctionedParty(view, own, m));
}

/**
 * Does the measure ending at `noun` fall on someone the sentence leaves unnamed ("on several members
 * of the regime", "against the country's rulers", no aim at all)? Only a noun that names a sanction
 * on its own ("an arms embargo", "sanctions"): "took measures" or "new restrictions" need a named
 * aim to threaten (threat-frames.json aimedOnly).
 */
function fallsOnTheUnnamed(view: ArticleView, noun: Token): boolean {
  return !view.knowledge.threatFrames.aimedOnly.has(noun.normal);
}

/**
 * "a day after Washington placed sanctions on X", "following Canada's decision": a measure in the
 * time or reason of what the sentence reports (its subject right after a word that opens a reason,
 * threat-frames.json sanctionReasons) is history told to explain it, not the day's act.
 */
function inReasonClause(view: ArticleView, sentence: Sentence, author: number): boolean {
  const before = sentence.tokens[view.mentions[author].tokens[0] - 1];
  return before !== undefined && view.knowledge.threatFrames.sanctionReasons.has(before.normal);
}

/**
 * Does the sentence date what it reports in the past: a past marker ("last", "ago", "already"), or
 * "in" before a month or a year ("in April", "in 2019"; not "under its March 2004 decision")?
 */
function datedInThePast(view: ArticleView, sentence: Sentence, upTo: number): boolean {
  const { months } = view.knowledge.ingest.dates;
  const tokens = sentence.tokens.slice(0, upTo + 1);
  return pastMarked(view, sentence, upTo) || tokens.some((t, i) => tokens[i - 1]?.normal === 'in' && (months.has(t.normal) || YEAR.test(t.text)));
}

/** Does a past marker ("last", "ago", "already") date the sentence up to token `upTo`? */
function pastMarked(view: ArticleView, sentence: Sentence, upTo: number): boolean {
  return sentence.tokens.slice(0, upTo + 1).some((t) => view.knowledge.threatFrames.pastMarkers.has(t.normal));
}

/** The actor that puts the measure at `verb` in place: the subject of its chain's head ("Canada has decided to impose"), an actor and no place; or undefined. */
function measureAuthor(view: ArticleView, sentence: Sentence, verb: number): number | undefined {
  const author = subjectsOf(view, sentence, chainHead(view, sentence, verb))[0];
  return author !== undefined && plausibleActor(view, author) && view.mentions[author].label !== 'Location' ? author : undefined;
}

/** The verb whose subject does the measure: back over "to" and verbs that pass the act on ("has decided to impose", "moved to impose"; threat-frames.json chainVerbs). */
function chainHead(view: ArticleView, sentence: Sentence, verb: number): number {
  const { tokens } = sentence;
  let head = verb;
  while (tokens[head - 1]?.normal === 'to' && tokens[head - 2]?.pos === 'VERB' && view.knowledge.threatFrames.chainVerbs.has(tokens[head - 2].lemma)) head -= 2;
  return head;
}

const YEAR = /^(1[89]|20)\d\d$/;

/** The sentence's cuts in relations: each verb and the last token of its object ("expelled ... ambassador"), found once. */
function rupturesOf(view: ArticleView, sentence: Sentence): Array<{ verb: number; object: number }> {
  const found: Array<{ verb: number; object: number }> = [];
  sentence.tokens.forEach((t, verb) => {
    const object = t.pos === 'VERB' ? Math.max(ruptureAt(view, sentence.tokens, verb), announcedRuptureAt(view, sentence.tokens, verb), orderedToLeaveAt(view, sentence, verb)) : -1;
    if (object >= 0) found.push({ verb, object });
  });
  return found;
}

/**
 * "announced the expulsion of the Israeli ambassador", "ordered the suspension of military
 * cooperation with Israel": a verb that announces a cut named as a noun (threat-frames.json
 * nominalRuptures) and the cut's object after "of" (force-acts.json ruptures objects); the last
 * token of that object, or -1.
 */
function announcedRuptureAt(view: ArticleView, tokens: Sentence['tokens'], verb: number): number {
  const { ruptureAnnouncers, ruptureNouns } = view.knowledge.threatFrames;
  if (!ruptureAnnouncers.has(tokens[verb].lemma)) return -1;
  let k = verb + 1;
  if (tokens[k]?.pos === 'DET') k++; // "the expulsion"
  else if (tokens[k]?.pos === 'PROPN' && (isPossessive(tokens[k + 1]) || bareApostrophe(tokens, k + 1))) k += 2; // "Ankara's expulsion", "Honduras' expulsion"
  if (!ruptureNouns.has(tokens[k]?.normal ?? '') || tokens[k + 1]?.normal !== 'of') return -1;
  return ruptureObjectFrom(view, tokens, k + 2);
}

/**
 * "has ordered Ecuadorian Ambassador Luis Gallegos to leave the country", "will ask the French
 * ambassador to leave": an order to leave given to a named party (threat-frames.json
 * expulsionOrders); the verb of leaving, or -1.
 */
export function orderedToLeaveAt(view: ArticleView, sentence: Sentence, verb: number): number {
  const { tokens } = sentence;
  const { expulsionVerbs, leaveVerbs, expulsionReach } = view.knowledge.threatFrames;
  if (!expulsionVerbs.has(tokens[verb].lemma)) return -1;
  for (let to = verb + 2; to < tokens.length && to <= verb + expulsionReach + 1; to++) {
    if (tokens[to].normal !== 'to') continue;
    if (!leaveVerbs.has(tokens[to + 1]?.lemma ?? '')) return -1;
    // the party opens the object ("Ecuador's ambassador", "the French ambassador"), not "residents of Lima"
    const opens = tokens[verb + 1]?.pos === 'DET' ? verb + 2 : verb + 1;
    return firstActorIn(view, sentence, verb + 1, opens) >= 0 ? to + 1 : -1;
  }
  return -1;
}

/** How far back "and" may join a verb to the auxiliary of the one before it ("will recall its envoy and ask"). */
const COORDINATED_REACH = 8;

/** The auxiliary that governs the verb at k: right before it, or before an earlier verb it is joined to by "and"; or -1. */
function auxiliaryBefore(tokens: Sentence['tokens'], k: number): number {
  if (tokens[k - 1]?.pos === 'AUX') return k - 1;
  if (tokens[k - 1]?.normal !== 'and') return -1;
  for (let j = k - 2; j >= 0 && j >= k - COORDINATED_REACH; j--) {
    if (tokens[j].pos === 'AUX') return j;
    if (tokens[j].normal === ',' || tokens[j].normal === 'that') return -1;
  }
  return -1;
}

/** How far after a rupture's object the party it falls on may be named ("the ambassador of X"). */
const OBJECT_OWNER_REACH = 3;

/** "X on Thursday expelled Y's ambassador": X threatens Y (the object's owner, possessor or demonym). */
function ruptureActs(view: ArticleView, sentence: Sentence, ruptures: Array<{ verb: number; object: number }>): Claim[] {
  const { tokens } = sentence;
  const out: Claim[] = [];
  for (const { verb: k, object } of ruptures) {
    if (isPassive(sentence, k) || insideQuote(view.quotes, tokens[k].start) !== null) continue;
    const author = actingSubject(view, sentence, chainHead(view, sentence, k)); // also "Japan decided to freeze"
    if (author === null) continue;
    const own = ownNames(view, author);
    // the first party named from the verb on that is not the author's own ("Ankara's expulsion of the Israeli ambassador")
    const last = Math.min(tokens.length - 1, object + OBJECT_OWNER_REACH);
    let owner = firstActorIn(view, sentence, k + 1, last);
    while (owner >= 0 && own.has(view.mentions[owner].canonical)) owner = firstActorIn(view, sentence, view.mentions[owner].tokens[1] + 1, last);
    if (owner < 0) continue;
    out.push(claimOf(sentence, author, [owner], tokens[k].normal));
  }
  return out;
}

/** "The Canadian sanctions target 40 people of X's government": the side named in the sanctions' phrase targets the one after the verb. */
function authoredTargeting(view: ArticleView, sentence: Sentence, verbs: number[]): Claim[] {
  const out: Claim[] = [];
  for (const verb of verbs) {
    // "Canadian" of "the Canadian sanctions", "Canada's" of "Canada's new sanctions"
    const named = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[1] === verb - 2 && view.mentions[m].label !== 'Location');
    // "These latest sanctions target X": the sanctions the article told of before, and their author
    const author = named ?? (opensWithTheMeasure(view, sentence, verb) ? earlierMeasureAuthor(view, sentence) : undefined);
    if (author === undefined || !plausibleActor(view, author)) continue;
    const aimed = firstActorIn(view, sentence, verb + 1, sentence.tokens.length - 1);
    if (aimed < 0 || ownNames(view, author).has(view.mentions[aimed].canonical)) continue;
    out.push(claimOf(sentence, author, [aimed], sentence.tokens[verb].normal));
  }
  return out;
}

/** Does the sentence open with the measure that does the verb, named by determiners and adjectives only ("These latest sanctions target")? */
function opensWithTheMeasure(view: ArticleView, sentence: Sentence, verb: number): boolean {
  const { tokens } = sentence;
  if (insideQuote(view.quotes, tokens[verb].start) !== null) return false;
  return verb >= 2 && tokens[0].pos === 'DET' && tokens.slice(1, verb - 1).every((t) => t.pos === 'ADJ' || t.pos === 'DET');
}

/** How many sentences back the author of the sanctions a sentence refers to may be named. */
const MEASURE_MEMORY = 4;

/** The subject of the last measure put in place in the sentences just before ("Canada announced sanctions against X. These sanctions target ..."), if any. */
function earlierMeasureAuthor(view: ArticleView, sentence: Sentence): number | undefined {
  for (let k = sentence.index - 1; k >= 0 && k >= sentence.index - MEASURE_MEMORY; k--) {
    const earlier = view.sentences[k];
    const measures = measuresOf(view, earlier);
    for (let j = measures.length - 1; j >= 0; j--) {
      const author = isPassive(earlier, measures[j].verb) ? undefined : measureAuthor(view, earlier, measures[j].verb);
      if (author !== undefined) return author;
    }
  }
  return undefined;
}

/** "Arab League foreign ministers have given Syria until Friday to sign": the deadline's giver threatens the party given it. */
function deadlineActs(view: ArticleView, sentence: Sentence, givers: number[]): Claim[] {
  const out: Claim[] = [];
  for (const k of givers) {
    if (insideQuote(view.quotes, sentence.tokens[k].start) !== null) continue;
    const given = givenDeadlineAt(view, sentence, [{ from: k, to: sentence.tokens.length - 1 }]);
    const author = given >= 0 ? actingSubject(view, sentence, k) : null;
    if (author !== null && !ownNames(view, author).has(view.mentions[given].canonical)) out.push(claimOf(sentence, author, [given], sentence.tokens[k].normal));
  }
  return out;
}

/** How many words may describe the people of a body acting for it ("Arab League foreign ministers"). */
const MEMBER_WORDS = 2;

/** The actor that does the verb at k: its subject, past auxiliaries, adverbs and a time ("X on Thursday expelled"), or the body its members are ("Arab League foreign ministers"). */
function actingSubject(view: ArticleView, sentence: Sentence, k: number): number | null {
  const { tokens } = sentence;
  let j = k - 1;
  while (j >= 0 && (tokens[j].pos === 'AUX' || skippable(tokens[j], view.knowledge))) j--;
  let subject = j >= 0 ? mentionEndingAt(view, sentence, j) : null;
  for (let h = j; subject === null && h > 0 && j - h < MEMBER_WORDS && (tokens[h].pos === 'NOUN' || tokens[h].pos === 'ADJ'); h--) subject = mentionEndingAt(view, sentence, h - 1);
  return subject !== null && plausibleActor(view, subject) && view.mentions[subject].label !== 'Location' ? subject : null;
}

function claimOf(sentence: Sentence, source: number, targets: number[], cue: string): Claim {
  return { type: 'THREAT', source, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue };
}

/**
 * "ECOWAS said it is suspending Mali's membership", "said it has recalled its ambassador from X": a
 * cut the speaker's side reports making now (a form of "be" or "have" before the verb), aimed at a
 * party named with its object: the day's measure, a threat like one the text reports.
 */
export function announcedCut(view: ArticleView, sentence: Sentence, source: number, cue: Cue, ranges: Array<{ from: number; to: number }>): boolean {
  const { tokens } = sentence;
  return ranges.some((r) => {
    for (let k = Math.max(r.from, 1); k <= Math.min(r.to, tokens.length - 1); k++) {
      if (tokens[k].pos !== 'VERB') continue;
      const object = tokens[k - 1].pos === 'AUX' && ['be', 'have'].includes(tokens[k - 1].lemma) ? ruptureAt(view, tokens, k) : -1;
      const cut = object >= 0 && (partyAfter(tokens, object) || partyOwns(tokens, k, object));
      // "it has ordered Ambassador X to leave the country", "will recall its envoy and ask the French ambassador to leave": the order names the party itself
      const ordered = orderedToLeaveAt(view, sentence, k) >= 0 ? auxiliaryBefore(tokens, k) : -1;
      if ((cut && speakerStatesIntent(view, sentence, k, source, cue)) || (ordered >= 0 && speakerStatesIntent(view, sentence, ordered + 1, source, cue))) return true;
    }
    return false;
  });
}
