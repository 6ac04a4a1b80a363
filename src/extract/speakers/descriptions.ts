// Speakers named by description or pronoun: "The Secretary" after "Secretary of State X", "X,
// echoing ..., said", "he said" meaning the last man who was a subject, not the last man who spoke,
// "the commander in the region (General X) says" meaning the person in the parentheses.
import type { Sentence, Token } from '../../model/types';
import { mentionEndingAt, type ArticleView } from '../view';
import { isIngForm, isParticipleForm } from '../../lang/en/morphology';

/** ", wounded in the attack,": an aside opened by a past participle (a name before it speaks only where it opens the clause). */
export function pastParticipleAside(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  return first?.pos === 'VERB' && first.normal !== first.lemma && /(ed|en)$/.test(first.normal);
}

/** ", echoing the international community,", ", speaking to reporters,": a participle's aside, not a clause of its own. */
export function participialAside(tokens: Token[], from: number, to: number, inName: (token: number) => boolean = () => false): boolean {
  const first = tokens[from];
  if (!first || first.pos !== 'VERB' || !(isIngForm(first.normal) || pastParticipleAside(tokens, from))) return false;
  // a name the tagger reads as a verb ("“Rob Ellery” pins": capitalised inside the sentence) is no verb of the aside
  return !tokens.slice(from + 1, to).some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && !isParticipleForm(t.normal) && !inName(from + 1 + k) && !/^\p{Lu}/u.test(t.text)));
}


/**
 * The latest person (within `memory` sentences before this one) who was the subject of a clause:
 * a named person, not of the other gender, right before a verb ("Orbán arrived in Moscow on Friday").
 * Returns the mention and its sentence, so the caller can compare it with the latest speaker.
 */
export function lastSubjectPerson(view: ArticleView, sentence: Sentence, other: string, memory: number): { mention: number; sentence: number } | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - memory); s--) {
    const tokens = view.sentences[s].tokens;
    const subjects = view.bySentence[s].filter((m) => {
      const mention = view.mentions[m];
      if (mention.label !== 'Person' || mention.kind !== 'name' || mention.gender === other || mention.qualifies !== undefined) return false;
      const start = mention.phraseStart ?? mention.tokens[0];
      const before = tokens[start - 1];
      // "Coup leader General X defied": words of the description may open the sentence before the title
      const opens = !before || view.knowledge.functionWords.subjectOpeners.has(before.normal) || before.normal === 'the';
      if (!opens && !tokens.slice(0, start).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) return false;
      let v = mention.tokens[1] + 1;
      while (tokens[v] && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v++;
      return tokens[v]?.pos === 'VERB' || tokens[mention.tokens[1]]?.pos === 'AUX';
    });
    if (subjects.length > 0) return { mention: subjects[subjects.length - 1], sentence: s };
  }
  return null;
}

/** How many words a description may have before its preposition ("the newly appointed political spokesman"). */
const DESCRIPTION_WORDS = 5;

/**
 * "Bertrand Bisimwa, the political spokesman for M23 said": the person named right before a comma
 * and a description whose preposition holds the mention at `first` (the comma after it left out).
 */
export function personBeforeDescription(view: ArticleView, sentence: Sentence, first: number): number | null {
  const { tokens } = sentence;
  let k = first - 1; // the preposition
  if (tokens[k]?.normal === 'the') k--;
  k--;
  for (let words = 0; k >= 0 && words < DESCRIPTION_WORDS && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ'); words++) k--;
  if (tokens[k]?.pos === 'DET') k--;
  if (tokens[k]?.normal !== ',') return null;
  const person = mentionEndingAt(view, sentence, k - 1);
  return person !== null && view.mentions[person].label === 'Person' ? person : null;
}

/** "A report by Amnesty International said", "a statement from the ministry said": is the mention at `first` the author of an utterance named right before it? */
export function authorOfUtterance(view: ArticleView, tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.normal === 'the') k--;
  return view.knowledge.documentSpeech.reportPrepositions.has(tokens[k]?.normal ?? '') && view.knowledge.cues.utteranceNouns.has(tokens[k - 1]?.normal ?? '');
}

/** "The Amnesty report also documented", "the letter reads": a noun of utterance right before the verb (adverbs and auxiliaries between). */
export function documentSubjectBefore(view: ArticleView, sentence: Sentence, verb: number): boolean {
  const { tokens } = sentence;
  let k = verb - 1;
  while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
  return k >= 0 && view.knowledge.cues.utteranceNouns.has(tokens[k].normal);
}

/** How many words may stand between a noun of utterance and the participle after it ("a leaked internal letter seen by"). */
const PARTICIPLE_REACH = 2;

/**
 * "A leaked letter seen by Sky News says", "a memo obtained by the BBC says": the name after "by"
 * only saw or got the text; its author is someone else. Not "a report published by Amnesty" or "a
 * statement issued by the ministry" (knowledge: utteranceVerbs, speech verbs, proposal authorVerbs).
 */
export function utteranceOnlySeenBy(view: ArticleView, tokens: Token[], first: number): boolean {
  let by = first - 1;
  if (tokens[by]?.pos === 'DET') by--;
  const participle = tokens[by - 1];
  if (!view.knowledge.functionWords.agentPrepositions.has(tokens[by]?.normal ?? '') || participle?.pos !== 'VERB' || participle.normal === participle.lemma) return false;
  const { cues } = view.knowledge;
  if (cues.utteranceVerbs.has(participle.lemma) || cues.speechVerbs.has(participle.lemma) || cues.authorVerbs.has(participle.normal)) return false;
  for (let k = by - 2; k >= 0 && by - 2 - k < PARTICIPLE_REACH; k--) if (cues.utteranceNouns.has(tokens[k].normal)) return true;
  return false;
}

/** How many words the addressee phrase after an utterance's author may have ("to the Kenyan government"). */
const ADDRESSEE_REACH = 6;

/**
 * "A March 4 letter from the commission's president Ana Ruiz to Chancellor X says": the subject
 * ending at `last` is the addressee of an utterance whose author is named before it; that author.
 * Null where a verb or comma stands between, or no "to" opens the phrase.
 */
export function earlierAuthorOfUtterance(view: ArticleView, sentence: Sentence, last: number): number | null {
  const { tokens } = sentence;
  let to = last;
  while (to >= 0 && last - to <= ADDRESSEE_REACH && tokens[to].normal !== 'to') {
    if (tokens[to].pos === 'VERB' || tokens[to].pos === 'AUX' || tokens[to].normal === ',') return null;
    to--;
  }
  if (to <= 0 || tokens[to].normal !== 'to') return null;
  const author = mentionEndingAt(view, sentence, to - 1);
  if (author === null) return null;
  let start = view.mentions[author].phraseStart ?? view.mentions[author].tokens[0];
  // capitalised words of a title the mention leaves out ("Trade" in "Trade Commissioner Ana Lindqvist")
  while (start > 0 && !authorOfUtterance(view, tokens, start) && /^\p{Lu}/u.test(tokens[start - 1].text)) start--;
  return authorOfUtterance(view, tokens, start) ? author : null;
}

/**
 * The parenthesis that closes at `close`: the person it names after a description (see
 * personInParentheses), and the token before it, where the subject is looked for otherwise
 * ("The International Atomic Energy Agency (IAEA) said"); `close` itself when nothing opens it.
 */
export function parenthesisEndingAt(view: ArticleView, sentence: Sentence, close: number): { named: number | null; before: number } {
  let open = close - 1;
  while (open >= 0 && sentence.tokens[open].text !== '(') open--;
  if (open <= 0) return { named: null, before: close };
  return { named: personInParentheses(view, sentence, open, close), before: open - 1 };
}

/**
 * A person named alone inside the parentheses from `open` to `close`, right after a description that
 * names nobody ("Kenya's top diplomat (Foreign Minister Amina Mohamed) said"), or null; not a name's
 * own parenthesis ("Ana Ruiz (D-N.M.)", "the Agency (IAEA)").
 */
function personInParentheses(view: ArticleView, sentence: Sentence, open: number, close: number): number | null {
  if (close - open < 3 || mentionEndingAt(view, sentence, open - 1) !== null || !/^\p{Ll}/u.test(sentence.tokens[open - 1].text)) return null;
  const named = mentionEndingAt(view, sentence, close - 1);
  if (named === null || view.mentions[named].label !== 'Person') return null;
  const first = view.mentions[named].phraseStart ?? view.mentions[named].tokens[0];
  // only the person's title may stand before the name inside ("General Andrei Popov")
  for (let k = open + 1; k < first; k++) if (sentence.tokens[k].pos !== 'PROPN' && sentence.tokens[k].pos !== 'NOUN') return null;
  return named;
}
