// Readouts of meetings and joint statements: "X spoke with Y ... They agreed ...", "Both leaders
// welcomed ...", "France, Germany and Italy urged ...". What the pair (or the listed group) says
// together is said by each of its members.
import type { Claim, Sentence } from '../../model/types';
import type { ArticleView } from '../view';
import { baseForm, isPossessive } from '../../lang/en/morphology';
import { mentionEndingAt } from '../view';
import { headlineSurname } from './headline-subjects';
import { phraseAt } from '../lexicon-match';
import { insideQuote } from '../quotes';
import type { ClaimsOfSentence } from './document-speaker';
import type { Readouts } from './speaker-knowledge';

interface Group {
  members: number[];
  sentence: number;
}

const SUBJECT_REACH = 6;
const OBJECT_REACH = 10;

export function readoutClaims(view: ArticleView, claims: Claim[], claimsOf: ClaimsOfSentence): Claim[] {
  const k = view.knowledge.readouts;
  const out: Claim[] = [];
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) bySentence.set(c.evidence.start, [...(bySentence.get(c.evidence.start) ?? []), c]);
  const canonical = (m: number): string => view.mentions[m].canonical;
  let group: Group | null = null;
  for (const sentence of view.sentences) {
    const here = (): Claim[] => [...(bySentence.get(sentence.start) ?? []), ...out.filter((c) => c.evidence.start === sentence.start)];
    const spoke = (m: number): boolean => here().some((c) => canonical(c.source) === canonical(m));
    const meeting = meetingPair(view, sentence, k) ?? possessedMeeting(view, sentence, k);
    if (meeting) {
      group = { members: meeting.pair, sentence: sentence.index };
      // the meeting itself is the host's act towards the guest: "X spoke with Y", "X hosted Y"
      // a readout's words of reproach are the host's ("spoke with Y to discuss Russia's unprovoked attack"), aimed at whom they reproach
      if (meeting.speech && !spoke(meeting.pair[0])) {
        const made = claimsOf(sentence, meeting.pair[0]);
        out.push(...made.filter((c) => c.type === 'STATEMENT').map((c) => withTarget(c, meeting.pair[1])), ...made.filter((c) => c.type === 'ACCUSATION'));
      }
      continue;
    }
    const listed = listedSpeakers(view, sentence, here());
    if (listed.length > 1) {
      group = { members: listed, sentence: sentence.index };
      out.push(...copiesFor(view, here(), listed));
      continue;
    }
    const joint = jointSubjects(view, sentence, k);
    if (joint.length > 1) {
      group = { members: joint, sentence: sentence.index };
      for (const member of joint) if (!spoke(member)) out.push(...claimsOf(sentence, member).map((c) => (c.targets.length > 0 ? c : withTarget(c, others(joint, member)[0]))));
      continue;
    }
    if (!group || sentence.index - group.sentence > k.memory || !pairSubject(view, sentence, k)) continue;
    const members = group.members;
    const own = here().filter((c) => members.some((m) => canonical(m) === canonical(c.source)));
    if (own.length > 0) out.push(...copiesFor(view, own, members));
    else for (const member of members) if (!spoke(member)) out.push(...claimsOf(sentence, member).map((c) => (c.targets.length > 0 ? c : withTarget(c, others(members, member)[0]))));
  }
  return out;
}

function others(members: number[], member: number): number[] {
  return members.filter((m) => m !== member);
}

function withTarget(claim: Claim, target: number | undefined): Claim {
  if (target === undefined) return claim;
  return { ...claim, targets: [target, ...claim.targets.filter((t) => t !== target)] };
}

/** The claims one member made in the sentence, made by every other member too (none addressed to itself). */
function copiesFor(view: ArticleView, existing: Claim[], members: number[]): Claim[] {
  const out: Claim[] = [];
  const name = (m: number): string => view.mentions[m].canonical;
  for (const member of members) {
    if (existing.some((c) => name(c.source) === name(member))) continue;
    const model = existing.filter((c) => members.some((m) => name(m) === name(c.source)));
    const types = new Set<string>();
    for (const c of model) {
      if (types.has(c.type)) continue;
      types.add(c.type);
      out.push({ ...c, source: member, targets: c.targets.filter((t) => name(t) !== name(member)) });
    }
  }
  return out;
}

function isActor(view: ArticleView, m: number): boolean {
  const mention = view.mentions[m];
  return mention.label !== 'Location' && mention.qualifies === undefined && !mention.weak && mention.canonical !== '';
}

/** "X spoke by phone with Y", "X met Y", "X hosted Y at ...": [X, Y], and whether the meeting was talk. */
function meetingPair(view: ArticleView, sentence: Sentence, k: Readouts): { pair: [number, number]; speech: boolean } | null {
  const { tokens } = sentence;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || !k.meetingVerbs.has(baseForm(t)) || insideQuote(view.quotes, t.start)) continue;
    const needs = k.meetingNeeds.get(baseForm(t));
    if (needs && !needs.has(tokens[i + 1]?.normal ?? '')) continue;
    // "had a telephone conversation with": the tagger may read a main "have" as an auxiliary; only its needed word tells
    if (t.pos === 'AUX' && !needs) continue;
    const before = view.bySentence[sentence.index].filter((m) => isActor(view, m) && view.mentions[m].tokens[1] < i && view.mentions[m].tokens[1] >= i - SUBJECT_REACH);
    const after = view.bySentence[sentence.index].filter((m) => isActor(view, m) && view.mentions[m].tokens[0] > i && view.mentions[m].tokens[0] <= i + OBJECT_REACH);
    const subject = before[before.length - 1];
    if (subject === undefined || after.length === 0) continue;
    // the subject right before the verb ("X spoke", "X also met"), not an actor inside a phrase ("by X would meet")
    if (tokens.slice(view.mentions[subject].tokens[1] + 1, i).some((w) => w.pos !== 'ADV' && w.pos !== 'AUX')) continue;
    if (tokens[(view.mentions[subject].phraseStart ?? view.mentions[subject].tokens[0]) - 1]?.pos === 'ADP') continue;
    const object = after.find((m) => view.mentions[m].label === view.mentions[subject].label) ?? after[0];
    if (view.mentions[object].canonical === view.mentions[subject].canonical) continue;
    return { pair: [subject, object], speech: k.meetingStatements.has(baseForm(t)) };
  }
  return null;
}

/**
 * "Secretary Blinken's Call with Haitian Prime Minister Henry", "the President's call with X": a
 * meeting named as a noun its host possesses, the readout's headline; the host (a headline's bare
 * surname is the person the article names in full) speaks with the guest.
 */
function possessedMeeting(view: ArticleView, sentence: Sentence, k: Readouts): { pair: [number, number]; speech: boolean } | null {
  const { tokens } = sentence;
  for (let i = 2; i < tokens.length - 1; i++) {
    if (!k.meetingStatements.has(tokens[i].normal) || !isPossessive(tokens[i - 1]) || tokens[i + 1].normal !== 'with') continue;
    const host = mentionEndingAt(view, sentence, i - 2) ?? headlineSurname(view, sentence, i - 2);
    const guest = view.bySentence[sentence.index].find((m) => isActor(view, m) && view.mentions[m].tokens[0] > i + 1 && view.mentions[m].tokens[0] <= i + OBJECT_REACH);
    if (host === null || guest === undefined || !isActor(view, host) || view.mentions[guest].canonical === view.mentions[host].canonical) continue;
    return { pair: [host, guest], speech: true };
  }
  return null;
}

/** "They agreed", "Both leaders welcomed", ", they agreed.": a subject that stands for the pair, before a verb of theirs. */
function pairSubject(view: ArticleView, sentence: Sentence, k: Readouts): boolean {
  const { tokens } = sentence;
  const speech = view.knowledge.cues.speechVerbs;
  for (let j = 0; j < tokens.length; j++) {
    const previous = tokens[j - 1];
    if (previous && !view.knowledge.functionWords.readoutSubjectBefore.has(previous.normal) && previous.pos !== 'ADV') continue;
    if (insideQuote(view.quotes, tokens[j].start)) continue;
    for (const phrase of k.pairSubjects) {
      if (!phraseAt(tokens, j, phrase)) continue;
      let v = j + phrase.length;
      while (tokens[v] && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v++;
      const verb = tokens[v];
      if (verb && verb.pos === 'VERB' && (k.jointVerbs.has(baseForm(verb)) || speech.has(baseForm(verb)))) return true;
    }
  }
  return false;
}

/** "The United States, the European Union, France and Germany urged ...": every actor of the list before a speaker's verb. */
function listedSpeakers(view: ArticleView, sentence: Sentence, existing: Claim[]): number[] {
  const { tokens } = sentence;
  for (const claim of existing) {
    const last = view.mentions[claim.source];
    if (last.sentence !== sentence.index) continue;
    const next = tokens[last.tokens[1] + 1];
    // "X and Y said", "X and Y, the chairman of ..., said" (the speaker found past the aside)
    if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.normal === ',')) continue;
    const members = [claim.source];
    let at = pastTitlesOfAddress(view, tokens, (last.phraseStart ?? last.tokens[0]) - 1);
    if (tokens[at]?.normal === 'the') at--;
    if (tokens[at]?.normal !== 'and') continue;
    at--;
    if (tokens[at]?.normal === ',') at--;
    for (;;) {
      const before = view.bySentence[sentence.index].find((m) => isActor(view, m) && view.mentions[m].tokens[1] === at);
      if (before === undefined) break;
      members.unshift(before);
      // past "Mr" in "Mr Putin and Ms Merkel"
      at = pastTitlesOfAddress(view, tokens, (view.mentions[before].phraseStart ?? view.mentions[before].tokens[0]) - 1);
      if (tokens[at]?.normal === 'the') at--;
      if (tokens[at]?.normal !== ',') break;
      at--;
    }
    // the list opens the sentence (or its clause): "Mediators from X, Y and Z said" is no list of speakers
    const opener = tokens[at + 1]?.normal === 'the' ? at : at + 1;
    if (members.length > 1 && (opener <= 0 || view.knowledge.functionWords.readoutSubjectBefore.has(tokens[opener - 1]?.normal ?? '') && tokens[opener - 1]?.normal !== 'and')) return members;
  }
  return [];
}

/** The token before the titles of address that end at `at` ("... and Gen. Martin Dempsey", "and Army Gen. X"). */
function pastTitlesOfAddress(view: ArticleView, tokens: Sentence['tokens'], at: number): number {
  const honorific = (k: number): boolean => view.knowledge.honorifics.has(tokens[k]?.normal.replace(/\.$/, '') ?? '');
  for (;;) {
    if (tokens[at]?.normal === '.' && honorific(at - 1)) at -= 2;
    else if (honorific(at)) at--;
    else return at;
  }
}

/** "Secretary X and President Y discussed ...": two actors joined by "and" as the subject of a verb of theirs. */
function jointSubjects(view: ArticleView, sentence: Sentence, k: Readouts): number[] {
  const { tokens } = sentence;
  const actors = view.bySentence[sentence.index].filter((m) => isActor(view, m));
  for (const second of actors) {
    const m = view.mentions[second];
    let v = m.tokens[1] + 1;
    let told = false; // "X and Y should urge": what the pair is told to do, not what it says
    for (; tokens[v] && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX'); v++) told ||= view.knowledge.callsForAction.deonticModals.has(tokens[v].normal);
    const verb = tokens[v];
    if (told || !verb || verb.pos !== 'VERB' || !k.jointVerbs.has(baseForm(verb)) || insideQuote(view.quotes, verb.start)) continue;
    let at = (m.phraseStart ?? m.tokens[0]) - 1;
    if (tokens[at]?.normal === 'the') at--;
    if (tokens[at]?.normal !== 'and') continue;
    const first = actors.find((o) => view.mentions[o].tokens[1] === at - 1);
    if (first === undefined || view.mentions[first].canonical === m.canonical) continue;
    const start = view.mentions[first].phraseStart ?? view.mentions[first].tokens[0];
    const opener = tokens[start - 1];
    if (opener && opener.normal !== 'the' && !view.knowledge.functionWords.readoutSubjectBefore.has(opener.normal) && opener.pos !== 'ADV') continue;
    return [first, second];
  }
  return [];
}
