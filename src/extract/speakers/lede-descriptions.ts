// A news lede often describes its actor and names it only in the next sentence: "A rebel leader in
// the Philippines has threatened to behead a hostage ... The leader of Abu Sayyaf rebels, Albader
// Parad, made the threat". The described speaker is the one named there; a later "The rebel
// commander said" with the description's head noun is the same one (knowledge:
// mention-words.json ledeDescriptions).
import type { Sentence } from '../../model/types';
import type { ArticleView, Discourse, Speaker } from '../view';
import { lastSubjectPerson } from './descriptions';
import { isPossessive } from '../../lang/en/morphology';

/** How many sentences after the lede may name the one it describes. */
const NAMING_REACH = 2;

/**
 * The speaker of a verb of saying at `cue` in the lede, whose subject is an indefinite description
 * ("A Syrian rebel commander says"): the person or organisation the next sentences name as a
 * subject; remembered for a later "the rebel commander". Null when the sentence is no lede, the
 * subject names someone already (`found` is a named person), or nobody fitting is named.
 */
export function ledeReferent(view: ArticleView, sentence: Sentence, cue: number, found: Speaker, discourse: Discourse): number | null {
  if (found && 'mention' in found && view.mentions[found.mention].label === 'Person' && view.mentions[found.mention].kind === 'name') return null;
  const head = descriptionHead(view, sentence, cue);
  if (head === null || !isLede(view, sentence)) return null;
  const { people } = view.knowledge.mentionWords.ledeDescriptions;
  const label = people.has(head) ? 'Person' : 'Organization';
  for (let s = sentence.index + 1; s < view.sentences.length && s <= sentence.index + NAMING_REACH; s++) {
    const named = namedSubject(view, view.sentences[s], label);
    if (named !== null) {
      discourse.ledeDescribed = { head, mention: named };
      return named;
    }
  }
  return null;
}

/**
 * "Kyrgyzstan's interim president says ... / Roza Otunbayeva said Saturday ...": the person the
 * sentences right after a lede name as a subject, for a bare title in the lede whose holder the
 * text has not named before; or null.
 */
export function personNamedAfterLede(view: ArticleView, sentence: Sentence, role: string | undefined): number | null {
  if (!isLede(view, sentence)) return null;
  for (let s = sentence.index + 1; s < view.sentences.length && s <= sentence.index + NAMING_REACH; s++) {
    const named = namedSubject(view, view.sentences[s], 'Person');
    if (named === null) continue;
    // "Opposition leader Y said": someone named with another office is someone else
    const theirs = view.mentions[named].role;
    return theirs === undefined || theirs === role ? named : null;
  }
  return null;
}

/**
 * "The rebel commander said" after a lede that described "A Syrian rebel commander": the one named
 * after the lede, when the subject found before the verb at `cue` is nobody named (an unnamed
 * subject from `from`, or a title naming nobody) and is "the" and the description's head; or null.
 */
export function describedAgain(view: ArticleView, sentence: Sentence, cue: number, found: Speaker, from: number, discourse: Discourse): number | null {
  const described = discourse.ledeDescribed;
  if (found === null || described === null) return null;
  return definiteDescriptionHead(view, sentence, cue, found, from) === described.head ? described.mention : null;
}

/**
 * Without such a lede, "the former guard commander told the AP" describes anew the person the last
 * sentences had as a subject ("General X defied the ultimatum"): a definite description of a
 * person, as the unnamed subject `found` of the verb at `cue` (no title), refers back. Null when
 * it does not fit, or when that subject holds the description's head as a title.
 */
export function describedAnew(view: ArticleView, sentence: Sentence, cue: number, found: Speaker, from: number, discourse: Discourse): number | null {
  // a title the text knows ("the French foreign minister") is an office of its own, held by someone else
  if (found === null || 'mention' in found || discourse.ledeDescribed !== null) return null;
  const head = definiteDescriptionHead(view, sentence, cue, found, from);
  if (head === null || !view.knowledge.mentionWords.ledeDescriptions.people.has(head)) return null;
  const subject = lastSubjectPerson(view, sentence, '', DESCRIBED_REACH)?.mention;
  // a holder of the same role was weighed by the role's own words already ("Chairman X" is not "the union chairman")
  return subject === undefined || view.mentions[subject].role === head ? null : subject;
}

/** How many words a description may have before its head noun. */
const DESCRIPTION_WORDS = 4;

/** How many sentences back a definite description finds the person it describes anew. */
const DESCRIBED_REACH = 3;

/** The head noun of "the (adjectives, nouns) head" that is the unnamed subject `found` of the verb at `cue`, or null. */
function definiteDescriptionHead(view: ArticleView, sentence: Sentence, cue: number, found: Speaker, from: number): string | null {
  let first = from;
  let last = cue - 1;
  if (found !== null && 'mention' in found) {
    const m = view.mentions[found.mention];
    if (m.label !== 'Person' || m.kind !== 'title' || m.canonical !== '' || m.sentence !== sentence.index) return null;
    first = m.phraseStart ?? m.tokens[0];
    last = m.tokens[1];
  }
  const { tokens } = sentence;
  // the unnamed subject may start at its head noun ("the former guard commander"): its words before it belong to it
  for (let words = 0; words < DESCRIPTION_WORDS && first > 0 && (tokens[first - 1].pos === 'ADJ' || tokens[first - 1].pos === 'NOUN'); words++) first--;
  if (tokens[first - 1]?.normal === 'the') first--;
  if (tokens[first]?.normal !== 'the') return null;
  let head: string | null = null;
  for (let k = first + 1; k <= last; k++) {
    if (tokens[k].pos === 'NOUN') head = tokens[k].normal;
    else if (tokens[k].pos !== 'ADJ') break;
  }
  return head;
}

/** Per article: the first sentence after the headline that has a verb (found once, not once per verb of saying). */
const firstVerbSentence = new WeakMap<ArticleView, number>();

/** The first sentence of the body: every sentence before it but the headline has no verb (a byline, a dateline). */
function isLede(view: ArticleView, sentence: Sentence): boolean {
  let first = firstVerbSentence.get(view);
  if (first === undefined) {
    first = view.sentences.findIndex((s) => s.index > 0 && s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
    firstVerbSentence.set(view, first < 0 ? view.sentences.length : first);
    first = firstVerbSentence.get(view) ?? view.sentences.length;
  }
  return sentence.index > 0 && sentence.index <= first;
}

/**
 * The head noun of an indefinite description that opens the sentence and is the verb's subject
 * ("A senior official of the Economic Community ... says": "official"), when it is one of the
 * knowledge's nouns for people or groups; or null.
 */
function descriptionHead(view: ArticleView, sentence: Sentence, cue: number): string | null {
  const { tokens } = sentence;
  const { people, groups } = view.knowledge.mentionWords.ledeDescriptions;
  const from = descriptionStart(view, sentence);
  if (from === null) return null;
  let head: string | null = null;
  for (let k = from; k < cue; k++) {
    const t = tokens[k];
    if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.normal === ',') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.normal;
  }
  return head !== null && (people.has(head) || groups.has(head)) ? head : null;
}

/** How many words a fronted place may take before the description ("In northern Sri Lanka, a rebel leader ..."). */
const FRONTED_WORDS = 6;

/**
 * Where the words of an indefinite description start: after its opener ("A rebel leader"), past a
 * fronted place ("In Sri Lanka, a rebel leader"), or after a state's possessive ("Liberia's main
 * rebel group"); null when the sentence opens with none of them.
 */
function descriptionStart(view: ArticleView, sentence: Sentence): number | null {
  const { tokens } = sentence;
  let at = 0;
  if (tokens[0]?.pos === 'ADP') {
    const comma = tokens.findIndex((t, k) => k <= FRONTED_WORDS && t.normal === ',');
    if (comma < 0) return null;
    at = comma + 1;
  }
  if (view.knowledge.mentionWords.ledeDescriptions.openers.has(tokens[at]?.normal ?? '')) return at + 1;
  const state = view.bySentence[sentence.index].map((m) => view.mentions[m]).find((m) => m.tokens[0] === at && m.label === 'State');
  return state && isPossessive(tokens[state.tokens[1] + 1]) ? state.tokens[1] + 2 : null;
}

/** The first named person (or organisation) of a sentence that is a subject: a verb or an apposition's comma right after it. */
function namedSubject(view: ArticleView, sentence: Sentence, label: 'Person' | 'Organization'): number | null {
  for (const m of view.bySentence[sentence.index]) {
    const mention = view.mentions[m];
    if (mention.label !== label || mention.kind !== 'name' || mention.weak || mention.qualifies !== undefined) continue;
    // "The Liberians United for Reconciliation and Democracy on Friday called": past a day or a word of time
    let after = mention.tokens[1] + 1;
    const { days, temporalWords } = view.knowledge;
    if (sentence.tokens[after]?.normal === 'on' && days.has(sentence.tokens[after + 1]?.normal ?? '')) after += 2;
    else if (days.has(sentence.tokens[after]?.normal ?? '') || temporalWords.has(sentence.tokens[after]?.normal ?? '')) after++;
    const next = sentence.tokens[after];
    return next && (next.pos === 'VERB' || next.pos === 'AUX' || next.normal === ',') ? m : null;
  }
  return null;
}
